package cx.touchpoint.issue;

/** How badly the customer is hurt; decides the SLA due time (sla_policy). */
public enum Severity {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    CRITICAL("Critical");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label of a stored severity ("HIGH" → "High"); the stored text itself if unknown. */
    public static String labelOf(String name) {
        try {
            return valueOf(name).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return name;
        }
    }

    public Severity max(Severity other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }
}
