package cx.touchpoint.review;

/**
 * Defections of one vertical-market group over the last twelve months.
 *
 * @param accounts accounts in the group that were customers at the start of the twelve months
 * @param defected of those, the accounts that defected within the twelve months
 * @param revenueLost their annual revenue
 */
public record Defections(String marketGroup, long accounts, long defected, double revenueLost) {

    /** Share of the group's accounts that defected, in percent; null for an empty group. */
    public Double rate() {
        return accounts == 0 ? null : 100.0 * defected / accounts;
    }
}
