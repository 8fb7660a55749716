package cx.touchpoint.issue;

/** How a board column orders its cards; every order ends with the issue number, so paging is stable. */
public enum BoardSort {
    URGENCY("Most urgent", "overdue desc, " + BoardQueries.SEVERITY_RANK + " desc, i.sla_due_at, i.id"),
    NEWEST("Newest", "i.created_at desc, i.id desc"),
    DUE("Due soonest", "i.sla_due_at, i.id"),
    SEVERITY("Most severe", BoardQueries.SEVERITY_RANK + " desc, i.sla_due_at, i.id"),
    REVENUE("Largest account", "a.annual_revenue desc, i.sla_due_at, i.id");

    private final String label;
    final String orderBy;

    BoardSort(String label, String orderBy) {
        this.label = label;
        this.orderBy = orderBy;
    }

    public String label() {
        return label;
    }
}
