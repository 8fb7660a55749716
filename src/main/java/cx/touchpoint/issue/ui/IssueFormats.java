package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.html.Span;
import cx.touchpoint.base.Dates;
import cx.touchpoint.issue.AuditEntry;
import cx.touchpoint.issue.IssueStatus;
import cx.touchpoint.issue.Severity;
import java.time.Instant;
import java.util.Locale;

/** How issue facts read on the board: SLA countdowns, badges, audit lines. */
final class IssueFormats {

    private IssueFormats() {}

    static String time(Instant instant) {
        return Dates.dayTime(instant);
    }

    /** "Due in 2d 4h", "Overdue by 5h"; closed issues have no countdown. */
    static String sla(long minutesToDue, IssueStatus status) {
        if (!status.open()) {
            return "";
        }
        String span = span(Math.abs(minutesToDue));
        return minutesToDue < 0 ? "Overdue by " + span : "Due in " + span;
    }

    private static String span(long minutes) {
        long days = minutes / (60 * 24);
        long hours = (minutes / 60) % 24;
        if (days > 0) {
            return days + "d " + hours + "h";
        }
        return hours > 0 ? hours + "h " + minutes % 60 + "m" : minutes % 60 + "m";
    }

    static Span badge(String text, String kind) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge small " + kind);
        return badge;
    }

    static Span severityBadge(Severity severity) {
        String kind =
                switch (severity) {
                    case CRITICAL, HIGH -> "error";
                    case MEDIUM -> "contrast";
                    case LOW -> "";
                };
        var badge = badge(severity.label(), kind);
        badge.addClassName("severity");
        return badge;
    }

    /** "Status: New → Triaged", "Assignee: → Ann", "Comment". */
    static String change(AuditEntry entry) {
        String kind = entry.kind().label();
        if (entry.fromValue() == null && entry.toValue() == null) {
            return kind;
        }
        String to = pretty(entry.toValue());
        return entry.fromValue() == null
                ? kind + ": " + to
                : kind + ": " + pretty(entry.fromValue()) + " → " + (to.isEmpty() ? "nobody" : to);
    }

    private static String pretty(String value) {
        if (value == null) {
            return "";
        }
        if (value.matches("[A-Z_]+")) {
            String label = IssueStatus.labelOf(value);
            if (label.equals(value)) {
                label = Severity.labelOf(value);
            }
            return label.equals(value)
                    ? value.charAt(0)
                            + value.substring(1).toLowerCase(Locale.ENGLISH).replace('_', ' ')
                    : label;
        }
        return value;
    }
}
