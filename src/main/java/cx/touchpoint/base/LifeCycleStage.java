package cx.touchpoint.base;

/**
 * The stages of the customer life cycle a touch point belongs to (DOMAIN.md, seed 000), in their
 * order. Stored by name; the schema's CHECK constraints on {@code touch_point.life_cycle_stage} and
 * {@code routing_rule.life_cycle_stage} (V1) list the same names.
 */
public enum LifeCycleStage {
    RELATIONSHIP_INITIATION("Relationship initiation"),
    PROVIDER_EVALUATION("Provider evaluation"),
    ACCOUNT_SETUP("Account setup"),
    ORDER_PLACEMENT("Order placement"),
    PRODUCT_RECEPTION_AND_USE("Product reception and use"),
    PROBLEM_RESOLUTION("Problem resolution"),
    PAYMENT("Payment"),
    ACCOUNT_MAINTENANCE("Account maintenance");

    private final String label;

    LifeCycleStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
