package cx.touchpoint.gap;

import cx.touchpoint.base.AccountFilter;

/** SQL fragments shared by the gap queries; parameters as in {@link GapScope#parameters()}. */
final class GapSql {

    /** Customer answers (alias ra, response r, account a, item i) given in the period, filtered. */
    static final String ANSWERS_FROM = " from answer_facts ra"
            + " join response_facts r on r.id = ra.response_id"
            + " join account_facts a on a.id = r.account_id"
            + " join survey_item_facts i on i.id = ra.item_id";

    /** The conditions of {@link #ANSWERS}, for queries that join more tables to {@link #ANSWERS_FROM}. */
    // ra.responded_at is the response's time (V151), in the answers' shortfall index
    static final String ANSWERS_WHERE = " where ra.responded_at >= :from and ra.responded_at < :to"
            + " and " + AccountFilter.condition("a")
            + " and (cast(:tp as bigint) is null or coalesce(i.touch_point_id, r.touch_point_id) = :tp)";

    static final String ANSWERS = ANSWERS_FROM + ANSWERS_WHERE;

    /**
     * The summary of the customer answers (alias m, item i) in the period's months, filtered: what
     * every gap figure aggregates. Sums and counts, so a mean is {@code sum(m.expected_sum) /
     * sum(m.answers)}, exactly the mean of the answers. Without an account filter it is
     * {@code answer_item_month} (V150: items × touch points × months, the same at any number of
     * accounts), otherwise {@code answer_month} (per group of accounts); both give the same figures.
     */
    static String cells(GapScope scope) {
        return cellsFrom(scope) + cellsWhere(scope);
    }

    /** The tables of {@link #cells}, for queries that join more tables to them. */
    static String cellsFrom(GapScope scope) {
        return " from " + (scope.allAccounts() ? "answer_item_month" : "answer_month")
                + " m join survey_item_facts i on i.id = m.item_id";
    }

    /** The conditions of {@link #cells}, for queries that join more tables to {@link #cellsFrom}. */
    static String cellsWhere(GapScope scope) {
        return " where m.month >= :from_date and m.month < :to_date"
                + (scope.allAccounts() ? "" : " and " + AccountFilter.condition("m"))
                + " and (cast(:tp as bigint) is null or coalesce(i.touch_point_id, m.touch_point_id) = :tp)";
    }

    /** The mean expected score (1-7) of {@link #cells}, numeric. */
    static final String EXPECTED = "(sum(m.expected_sum) / sum(m.answers))";

    /** The mean experienced score (1-7) of {@link #cells}, numeric. */
    static final String EXPERIENCED = "(sum(m.experienced_sum) / sum(m.answers))";

    /**
     * Each manager's latest estimate per item made in the twelve months up to the period end. An
     * account-executive filter narrows it to that manager; estimates of items without a touch point
     * (the relationship survey) count for every touch point.
     */
    static final String LATEST_ESTIMATES =
            """
            select distinct on (me.user_id, me.item_id)
            me.estimated_expected, me.estimated_expected_value, i.cue_id, i.standard_id
            from manager_estimate me join survey_item_facts i on i.id = me.item_id
            where me.estimated_on >= :estimates_from and me.estimated_on < :to_date
            and (cast(:f_ae as bigint) is null or me.user_id = :f_ae)
            and (cast(:tp as bigint) is null or i.touch_point_id is null or i.touch_point_id = :tp)
            order by me.user_id, me.item_id, me.estimated_on desc, me.id desc
            """;

    private GapSql() {}
}
