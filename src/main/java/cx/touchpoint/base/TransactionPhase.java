package cx.touchpoint.base;

/**
 * Where a touch point sits around the transaction (DOMAIN.md, seed 001). Stored by name; the schema's
 * CHECK constraint on {@code touch_point.transaction_phase} (V1) lists the same names.
 */
public enum TransactionPhase {
    PRE_TRANSACTION("Pre-transaction"),
    TRANSACTION("Transaction"),
    POST_TRANSACTION("Post-transaction");

    private final String label;

    TransactionPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
