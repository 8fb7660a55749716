package cx.touchpoint.account;

/** The sortable columns of the accounts grid, each with its SQL expression (never user text). */
public enum AccountSort {
    NAME("a.name"),
    SEGMENT("s.segment"),
    SCORE("s.score"),
    NPS("r.nps"),
    REVENUE("a.annual_revenue"),
    POTENTIAL("a.potential_revenue"),
    OPEN_ISSUES("i.open_issues"),
    LAST_SURVEYED("last_surveyed");

    private final String expression;

    AccountSort(String expression) {
        this.expression = expression;
    }

    String orderBy(boolean descending) {
        return expression + (descending ? " desc nulls last" : " asc nulls last") + ", a.id";
    }

    /** One column and direction to sort by. */
    public record Order(AccountSort column, boolean descending) {

        public static final Order DEFAULT = new Order(REVENUE, true);
    }
}
