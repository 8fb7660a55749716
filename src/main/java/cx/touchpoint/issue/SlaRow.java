package cx.touchpoint.issue;

/** The hours an issue of one severity has before it is overdue (table {@code sla_policy}). */
public record SlaRow(Severity severity, int dueHours, int version) {

    public static final int HOURS_MIN = 1;
    /** 90 days: the schema's limit. */
    public static final int HOURS_MAX = 2160;
}
