package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import cx.touchpoint.issue.IssueCard;
import java.util.function.Consumer;

/**
 * One issue on the board. Draggable to another column; focusable, and Enter or a click opens the
 * detail panel, where the status can also be changed with the keyboard.
 */
class BoardCard extends Div {

    private final IssueCard issue;

    BoardCard(IssueCard issue, boolean draggable, Consumer<IssueCard> open) {
        this.issue = issue;
        addClassName("issue-card");
        setId("issue-card-" + issue.id());
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "button");
        getElement().setAttribute("aria-label", "Issue " + issue.id() + ": " + issue.title());
        if (issue.overdue()) {
            addClassName("overdue");
        }

        var title = new Span(issue.title());
        title.addClassName("issue-card-title");
        var account = new Span(issue.accountName());
        account.addClassName("issue-card-account");
        var context = new Span(
                String.join(" · ", nonEmpty(issue.cue(), "any cue"), nonEmpty(issue.touchPoint(), "no touch point")));
        context.addClassName("issue-card-context");

        var badges = new Div(IssueFormats.severityBadge(issue.severity()));
        badges.addClassName("issue-card-badges");
        String sla = IssueFormats.sla(issue.minutesToDue(), issue.status());
        if (!sla.isEmpty()) {
            var countdown = IssueFormats.badge(sla, issue.overdue() ? "error primary" : "");
            countdown.addClassName("sla");
            badges.add(countdown);
        }
        if (issue.escalated() && issue.status().open()) {
            var escalated = IssueFormats.badge("Escalated to " + issue.escalatedToName(), "error");
            escalated.addClassName("escalated");
            badges.add(escalated);
        }
        if (issue.verification() != null) {
            badges.add(IssueFormats.badge(
                    issue.verification().label(),
                    issue.verification() == cx.touchpoint.issue.Verification.VERIFIED ? "success" : "error"));
        }
        var footer = new Span(issue.teamName() + " · " + nonEmpty(issue.assigneeName(), "unassigned"));
        footer.addClassName("issue-card-footer");
        add(title, account, context, badges, footer);

        addClickListener(e -> open.accept(issue));
        getElement().addEventListener("keydown", e -> open.accept(issue)).setFilter("event.key === 'Enter'");
        if (draggable) {
            var drag = DragSource.create(this);
            drag.setDragData(issue);
            drag.setEffectAllowed(EffectAllowed.MOVE);
        }
    }

    IssueCard issue() {
        return issue;
    }

    private static String nonEmpty(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
