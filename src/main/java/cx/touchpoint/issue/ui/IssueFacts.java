package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import cx.touchpoint.base.ui.CommentText;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.issue.AuditEntry;
import cx.touchpoint.issue.EvidenceItem;
import cx.touchpoint.issue.IssueDetail;
import cx.touchpoint.issue.Verification;
import java.util.List;

/** The read-only parts of the detail panel: facts, evidence and the audit trail. */
final class IssueFacts {

    private IssueFacts() {}

    static Div of(IssueDetail issue) {
        var badges = new Div(
                IssueFormats.severityBadge(issue.severity()),
                IssueFormats.badge(issue.status().label(), "contrast"));
        badges.addClassName("issue-card-badges");
        String sla = IssueFormats.sla(issue.minutesToDue(), issue.status());
        if (!sla.isEmpty()) {
            badges.add(IssueFormats.badge(sla, issue.overdue() ? "error primary" : ""));
        }
        if (issue.escalatedToName() != null) {
            badges.add(IssueFormats.badge(
                    "Escalated to " + issue.escalatedToName() + " on " + IssueFormats.time(issue.escalatedAt()),
                    "error"));
        }
        if (issue.verification() != null) {
            badges.add(IssueFormats.badge(
                    issue.verification().label(), issue.verification() == Verification.VERIFIED ? "success" : "error"));
        }
        var facts = new Div(
                fact("Account", issue.accountName()),
                fact("Perception cue", orDash(issue.cue())),
                fact("Touch point", orDash(issue.touchPoint())),
                fact("Source", issue.source().label()),
                fact("Owner team", issue.teamName()),
                fact(
                        "Routed by",
                        issue.routingRuleName() == null
                                ? "no rule (by hand, see the audit trail)"
                                : "rule \"" + issue.routingRuleName() + "\""),
                fact("Theme", issue.themeName() == null ? "—" : issue.themeName()),
                fact("Assignee", issue.assigneeName() == null ? "unassigned" : issue.assigneeName()),
                fact("Created", IssueFormats.time(issue.createdAt())),
                fact("SLA due", IssueFormats.time(issue.slaDueAt())),
                fact("Reopened", issue.reopenCount() + " times"));
        facts.addClassName("issue-facts");
        var wrapper = new Div(badges, facts);
        if (!issue.description().isBlank()) {
            wrapper.add(new CommentText(issue.description(), "issue-description"));
        }
        return wrapper;
    }

    static com.vaadin.flow.component.Component evidence(List<EvidenceItem> items) {
        if (items.isEmpty()) {
            return new EmptyState("No evidence recorded for this issue.");
        }
        var list = new UnorderedList();
        list.setId("detail-evidence");
        for (EvidenceItem item : items) {
            String who = item.contactName() == null ? "" : " · " + item.contactName();
            String nps = item.nps() == null ? "" : " · NPS " + item.nps();
            var head = new Span(item.kind() + " · " + IssueFormats.time(item.addedAt()) + who + nps);
            head.addClassName("fact-label");
            var evidence = new ListItem(head, new CommentText(item.excerpt(), "evidence-excerpt"));
            evidence.addClassName("evidence-item");
            list.add(evidence);
        }
        return list;
    }

    static com.vaadin.flow.component.Component auditTrail(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return new EmptyState("No changes recorded.");
        }
        var list = new UnorderedList();
        list.setId("detail-audit");
        list.addClassName("audit-trail");
        for (AuditEntry entry : entries) {
            var when = new Span(IssueFormats.time(entry.occurredAt()) + " · "
                    + (entry.actorName() == null ? "System" : entry.actorName()));
            when.addClassName("fact-label");
            var what = new Span(IssueFormats.change(entry));
            what.addClassName("audit-change");
            var item = new ListItem(when, what);
            if (!entry.note().isBlank()) {
                item.add(new CommentText(entry.note(), "audit-note"));
            }
            list.add(item);
        }
        return list;
    }

    private static Div fact(String label, String value) {
        var fact = new Div(IssueDetailDialog.label(label), new Span(value));
        fact.addClassName("fact");
        return fact;
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
