package cx.touchpoint.gap;

/**
 * Which answers lie behind a clicked gap: a cue ({@code null} = any), a touch point (when
 * {@code anyTouchPoint} is false, {@code touchPointId} null = the whole relationship) or the items
 * linked to a service standard.
 */
public record GapSelection(Long cueId, Long touchPointId, boolean anyTouchPoint, Long standardId) {

    public static GapSelection cue(Long cueId) {
        return new GapSelection(cueId, null, true, null);
    }

    public static GapSelection cueAt(long cueId, Long touchPointId) {
        return new GapSelection(cueId, touchPointId, false, null);
    }

    public static GapSelection standard(long standardId) {
        return new GapSelection(null, null, true, standardId);
    }
}
