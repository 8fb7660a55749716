package cx.touchpoint.account;

/** The sortable columns of the accounts grid, each with its SQL expression (never user text). */
public enum AccountSort {
    NAME("a.name", false),
    SEGMENT("s.segment", false),
    SCORE("s.score", false),
    NPS("r.nps", true),
    REVENUE("a.annual_revenue", false),
    POTENTIAL("a.potential_revenue", false),
    OPEN_ISSUES("i.open_issues", true),
    LAST_SURVEYED("last_surveyed", true);

    private final String expression;
    private final boolean needsFigures;

    AccountSort(String expression, boolean needsFigures) {
        this.expression = expression;
        this.needsFigures = needsFigures;
    }

    /** Whether sorting needs the per-row figures of every account (NPS, open issues, last surveyed). */
    boolean needsFigures() {
        return needsFigures;
    }

    String orderBy(boolean descending) {
        return expression + (descending ? " desc nulls last" : " asc nulls last") + ", a.id";
    }

    /** One column and direction to sort by. */
    public record Order(AccountSort column, boolean descending) {

        public static final Order DEFAULT = new Order(REVENUE, true);
    }
}
