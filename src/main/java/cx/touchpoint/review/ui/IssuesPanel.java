package cx.touchpoint.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.review.ReviewIssue;
import java.util.List;
import java.util.Locale;

/** The open issues the executives should ask about: overdue and escalated first. */
class IssuesPanel extends Div {

    IssuesPanel(List<ReviewIssue> issues) {
        addClassName("review-issue-list");
        if (issues.isEmpty()) {
            var empty = new EmptyState("No open issues. Every problem customers raised has been worked.");
            add(empty);
            return;
        }
        issues.forEach(issue -> add(row(issue)));
    }

    private static Div row(ReviewIssue issue) {
        var title = new Anchor("issues?issue=" + issue.id(), issue.title());
        title.addClassName("review-issue-title");
        var severity = new Span(issue.severity().toLowerCase(Locale.ROOT));
        severity.addClassNames("badge", "severity-" + issue.severity().toLowerCase(Locale.ROOT));
        var facts = new Span(issue.account() + " · " + issue.team() + " · "
                + issue.status().replace('_', ' ').toLowerCase(Locale.ROOT));
        facts.addClassName("review-issue-facts");
        var row = new Div(severity, title, facts);
        row.addClassName("review-issue");
        if (issue.overdue()) {
            var overdue = new Span(issue.escalated() ? "overdue · escalated" : "overdue");
            overdue.addClassNames("badge", "overdue");
            row.add(overdue);
        }
        return row;
    }
}
