package cx.touchpoint.issue;

import java.time.Instant;

/**
 * Published in the transaction of every line written to an issue's audit trail, so other features (the
 * outbound webhooks) learn of a change atomically with it.
 *
 * @param kind the audit trail's kind: {@code CREATED}, {@code STATUS}, {@code ESCALATED}, {@code ASSIGNEE},
 *     {@code TEAM}, {@code SEVERITY}, {@code SLA}, {@code COMMENT}, {@code EVIDENCE}, ...
 * @param from the previous value (a status name for {@code STATUS}), may be null
 * @param to the new value (the status name for {@code CREATED} and {@code STATUS}, the manager's name for
 *     {@code ESCALATED}), may be null
 */
public record IssueChanged(long issueId, String kind, String from, String to, String note, Instant occurredAt) {

    public static final String CREATED = "CREATED";
    public static final String STATUS = "STATUS";
    public static final String ESCALATED = "ESCALATED";
}
