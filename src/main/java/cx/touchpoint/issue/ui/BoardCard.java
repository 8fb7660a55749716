package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import cx.touchpoint.issue.IssueCard;
import cx.touchpoint.issue.IssueStatus;

/**
 * One issue on the board, the account named once. Draggable to another column; focusable: Enter or a
 * click opens the detail panel, M moves it (after a confirmation, as a drag does).
 */
class BoardCard extends Div {

    private final IssueCard issue;

    /** What a card asks of the board: open the detail panel, or move the card (null: the user chooses). */
    interface Actions {
        void open(IssueCard card);

        void move(IssueCard card, IssueStatus target);
    }

    BoardCard(IssueCard issue, boolean workable, Actions actions) {
        this.issue = issue;
        addClassName("issue-card");
        setId(id(issue.id()));
        getElement().setAttribute("tabindex", "0");
        // the accessible name is the card's text: account, problem, severity, SLA, when raised, assignee
        getElement().setAttribute("role", "button");
        if (issue.overdue()) {
            addClassName("overdue");
        }

        var account = new Span(issue.accountName());
        account.addClassName("issue-card-account");
        var title = new Span(issue.problem());
        title.addClassName("issue-card-title");
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
        var raised = new Span("Raised " + IssueFormats.time(issue.createdAt()));
        raised.addClassName("issue-card-raised");
        var footer = new Span(issue.teamName() + " · " + nonEmpty(issue.assigneeName(), "unassigned"));
        footer.addClassName("issue-card-footer");
        add(account, title, context, badges, raised, footer);

        addClickListener(e -> actions.open(issue));
        boolean movable = workable && !issue.status().nextStatuses().isEmpty();
        // one keydown listener: Enter opens, M moves (plain M, no modifier: browser and reader keys stay)
        getElement()
                .addEventListener("keydown", e -> {
                    if ("Enter".equals(e.getEventData().getString("event.key"))) {
                        actions.open(issue);
                    } else if (movable) {
                        actions.move(issue, null);
                    }
                })
                .addEventData("event.key")
                .setFilter("event.key === 'Enter' || ((event.key === 'm' || event.key === 'M')"
                        + " && !event.ctrlKey && !event.metaKey && !event.altKey)");
        if (movable) {
            getElement().setAttribute("aria-keyshortcuts", "M");
            var drag = DragSource.create(this);
            drag.setDragData(issue);
            drag.setEffectAllowed(EffectAllowed.MOVE);
        }
    }

    static String id(long issueId) {
        return "issue-card-" + issueId;
    }

    IssueCard issue() {
        return issue;
    }

    private static String nonEmpty(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
