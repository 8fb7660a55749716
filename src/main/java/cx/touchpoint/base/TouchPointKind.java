package cx.touchpoint.base;

/**
 * Whether a touch point is about acquiring the service (value-in-exchange, the first moment of truth) or
 * using it (value-in-use, the second) — DOMAIN.md, seed 002. Stored by name in {@code touch_point.kind}.
 */
public enum TouchPointKind {
    ACQUISITION("Acquisition"),
    UTILIZATION("Utilization");

    private final String label;

    TouchPointKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
