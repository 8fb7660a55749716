package cx.touchpoint.issue;

/**
 * One line to write to an issue's audit trail: its kind, the value before and after (either may be
 * absent: a comment has neither, a creation only the new status) and a note ("" for none).
 */
record AuditLine(AuditKind kind, String from, String to, String note) {

    AuditLine {
        note = note == null ? "" : note;
    }

    /** A line with a note and no values, such as a comment or added evidence. */
    static AuditLine note(AuditKind kind, String note) {
        return new AuditLine(kind, null, null, note);
    }

    /** A line that sets a value where there was none, such as a creation's first status. */
    static AuditLine set(AuditKind kind, String to, String note) {
        return new AuditLine(kind, null, to, note);
    }

    /** A line that changes a value from one to another. */
    static AuditLine change(AuditKind kind, String from, String to, String note) {
        return new AuditLine(kind, from, to, note);
    }
}
