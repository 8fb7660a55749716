package cx.touchpoint.insight;

/**
 * Where a cue sits on the importance × performance grid (importance-performance analysis, Martilla &amp;
 * James 1977), split at the average importance (1/k: every cue equally important) and at the mean of the
 * cues' performances.
 */
public enum Quadrant {
    FIX_FIRST("Fix first", "important and weak"),
    KEEP("Keep", "important and strong"),
    MAINTAIN("Maintain", "less important and strong"),
    LOWER_PRIORITY("Lower priority", "less important and weak");

    private final String label;
    private final String meaning;

    Quadrant(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** The quadrant of {@code driver} among the estimated {@code analysis}'s drivers. */
    public static Quadrant of(DriverAnalysis analysis, DriverAnalysis.Driver driver) {
        boolean important = driver.importance() >= importanceSplit(analysis);
        boolean strong = driver.performance() >= performanceSplit(analysis);
        if (important) {
            return strong ? KEEP : FIX_FIRST;
        }
        return strong ? MAINTAIN : LOWER_PRIORITY;
    }

    /** 1/k: the importance of each cue if all mattered alike. */
    public static double importanceSplit(DriverAnalysis analysis) {
        return analysis.drivers().isEmpty() ? 0 : 1.0 / analysis.drivers().size();
    }

    /** The mean of the cues' mean experienced scores. */
    public static double performanceSplit(DriverAnalysis analysis) {
        return analysis.drivers().stream()
                .mapToDouble(DriverAnalysis.Driver::performance)
                .average()
                .orElse(0);
    }
}
