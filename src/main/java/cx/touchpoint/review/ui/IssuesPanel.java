package cx.touchpoint.review.ui;

import static cx.touchpoint.base.ui.StaticMarkup.element;
import static cx.touchpoint.base.ui.StaticMarkup.link;
import static cx.touchpoint.base.ui.StaticMarkup.text;

import com.vaadin.flow.component.html.Div;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.StaticMarkup;
import cx.touchpoint.issue.IssueStatus;
import cx.touchpoint.issue.Severity;
import cx.touchpoint.review.ReviewIssue;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The open issues the executives should ask about: overdue and escalated first. Read-only, so one
 * HTML fragment ({@link StaticMarkup}) rather than a component per badge and line.
 */
class IssuesPanel extends Div {

    IssuesPanel(List<ReviewIssue> issues) {
        addClassName("review-issue-list");
        if (issues.isEmpty()) {
            var empty = new EmptyState("No open issues. Every problem customers raised has been worked.");
            add(empty);
            return;
        }
        add(StaticMarkup.of(
                "review-issue-rows", issues.stream().map(IssuesPanel::row).collect(Collectors.joining())));
    }

    private static String row(ReviewIssue issue) {
        String severity = issue.severity().toLowerCase(Locale.ROOT);
        String row = element("span", "badge severity-" + severity, text(Severity.labelOf(issue.severity())))
                + link("issues?issue=" + issue.id(), "review-issue-title", issue.title())
                + element(
                        "span",
                        "review-issue-facts",
                        text(issue.account() + " · " + issue.team() + " · " + IssueStatus.labelOf(issue.status())));
        if (issue.overdue()) {
            row += element("span", "badge overdue", text(issue.escalated() ? "overdue · escalated" : "overdue"));
        }
        return element("div", "review-issue", row);
    }
}
