package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.issue.IssueCard;
import cx.touchpoint.issue.IssueChangeService;
import cx.touchpoint.issue.IssueConflictException;
import cx.touchpoint.issue.IssueDetail;
import cx.touchpoint.issue.IssueRuleException;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.issue.IssueStatus;
import cx.touchpoint.issue.ManualIssue;
import cx.touchpoint.issue.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** The detail panel of one issue: facts, every change a worker may make, evidence and audit trail. */
class IssueDetailDialog extends Dialog {

    private final IssueService service;
    private final IssueChangeService changes;
    private final long issueId;
    private final Runnable onChange;
    private final BiFunction<IssueCard, IssueStatus, MoveDialog> move;
    private final Div body = new Div();
    private IssueDetail issue;

    IssueDetailDialog(
            IssueService service,
            IssueChangeService changes,
            long issueId,
            Runnable onChange,
            BiFunction<IssueCard, IssueStatus, MoveDialog> move) {
        this.service = service;
        this.changes = changes;
        this.issueId = issueId;
        this.onChange = onChange;
        this.move = move;
        addClassName("issue-detail");
        setWidth("min(960px, 96vw)");
        var close = new Button("Close", e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
        add(body);
        refresh();
    }

    boolean found() {
        return issue != null;
    }

    void refresh() {
        body.removeAll();
        issue = service.detail(issueId).orElse(null);
        if (issue == null) {
            setHeaderTitle("Issue #" + issueId);
            body.add(new Paragraph("This issue does not exist (any more)."));
            return;
        }
        setHeaderTitle("#" + issue.id() + " · " + issue.title());
        body.add(IssueFacts.of(issue));
        if (changes.canChange(issue)) {
            body.add(actions());
        } else {
            var why = new Paragraph(readOnlyReason());
            why.addClassName("issue-detail-read-only");
            why.setId("detail-read-only");
            body.add(why);
        }
        body.add(section("Evidence", IssueFacts.evidence(service.evidence(issueId))));
        body.add(section("Audit trail", IssueFacts.auditTrail(service.auditTrail(issueId))));
    }

    private Div actions() {
        var status = new Select<IssueStatus>();
        status.setId("detail-status");
        status.setLabel("Status");
        List<IssueStatus> choices = new ArrayList<>(List.of(issue.status()));
        choices.addAll(issue.status().nextStatuses());
        status.setItems(choices);
        status.setItemLabelGenerator(IssueStatus::label);
        status.setValue(issue.status());
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != issue.status()) {
                IssueStatus target = e.getValue();
                status.setValue(issue.status()); // changed only once confirmed
                service.card(issueId).ifPresent(card -> {
                    var confirm = move.apply(card.seenAt(issue.version()), target);
                    if (confirm != null) {
                        confirm.addOpenedChangeListener(closed -> {
                            if (!closed.isOpened()) {
                                refresh();
                            }
                        });
                    }
                });
            }
        });
        var row = new HorizontalLayout(status);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        if (issue.status().reopenable()) {
            var reopen =
                    new Button("Reopen", e -> attempt("Reopened", () -> changes.reopen(issueId, issue.version(), "")));
            reopen.setId("detail-reopen");
            row.add(reopen);
        }

        var severity = new Select<Severity>();
        severity.setId("detail-severity");
        severity.setLabel("Severity");
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(Severity::label);
        severity.setValue(issue.severity());
        severity.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != issue.severity()) {
                attempt(
                        "Severity changed; the SLA follows it",
                        () -> changes.changeSeverity(issueId, issue.version(), e.getValue()));
            }
        });
        row.add(severity);

        if (changes.canTriage()) {
            row.add(assignControls(), rerouteControls());
        } else if (issue.assigneeId() == null || issue.assigneeId() != changes.me()) {
            var take = new Button(
                    "Assign to me",
                    e -> attempt("Assigned to you", () -> changes.assign(issueId, issue.version(), changes.me())));
            take.setId("detail-take");
            row.add(take);
        }

        var comment = new TextArea("Comment");
        comment.setId("detail-comment");
        comment.setMaxLength(ManualIssue.COMMENT_MAX);
        comment.setWidthFull();
        comment.setPlaceholder("What was done, what the customer said…");
        var add = new Button(
                "Add comment", e -> attempt("Comment added", () -> changes.comment(issueId, comment.getValue())));
        add.setId("detail-add-comment");
        var actions = new Div(row, comment, add);
        actions.addClassName("issue-detail-actions");
        return actions;
    }

    /** Why this user only reads the issue, and whom to ask. */
    private String readOnlyReason() {
        if (!changes.canWork()) {
            return "You follow this issue here; the team it is routed to (" + issue.teamName()
                    + ") changes it — its lead assigns it and its specialists work on it.";
        }
        return "Routed to " + issue.teamName() + " — only its lead and specialists change it; ask them, or ask a"
                + " team lead to re-route it.";
    }

    private HorizontalLayout assignControls() {
        var assignee = new ComboBox<Option>("Assignee");
        assignee.setId("detail-assignee");
        assignee.setItems(service.assignees(issue.teamId()));
        assignee.setItemLabelGenerator(Option::name);
        assignee.setPlaceholder("Unassigned");
        assignee.setClearButtonVisible(true);
        service.assignees(issue.teamId()).stream()
                .filter(o -> issue.assigneeId() != null && o.id() == issue.assigneeId())
                .findFirst()
                .ifPresent(assignee::setValue);
        var assign = new Button(
                "Assign",
                e -> attempt(
                        assignee.getValue() == null
                                ? "Unassigned"
                                : "Assigned to " + assignee.getValue().name(),
                        () -> changes.assign(
                                issueId,
                                issue.version(),
                                assignee.getValue() == null
                                        ? null
                                        : assignee.getValue().id())));
        assign.setId("detail-assign");
        var group = new HorizontalLayout(assignee, assign);
        group.setAlignItems(FlexComponent.Alignment.BASELINE);
        return group;
    }

    private HorizontalLayout rerouteControls() {
        var team = new ComboBox<Option>("Re-route to team");
        team.setId("detail-team");
        team.setItems(
                service.teams().stream().filter(t -> t.id() != issue.teamId()).toList());
        team.setItemLabelGenerator(Option::name);
        var why = new TextField("Why");
        why.setId("detail-reroute-why");
        why.setMaxLength(IssueChangeService.REASON_MAX);
        var reroute = new Button("Re-route", e -> {
            if (team.getValue() == null) {
                team.setInvalid(true);
                team.setErrorMessage("Choose the team that can fix it");
                return;
            }
            attempt(
                    "Re-routed to " + team.getValue().name(),
                    () -> changes.reroute(
                            issueId, issue.version(), team.getValue().id(), why.getValue()));
        });
        reroute.setId("detail-reroute");
        var group = new HorizontalLayout(team, why, reroute);
        group.setAlignItems(FlexComponent.Alignment.BASELINE);
        return group;
    }

    private void attempt(String success, Runnable change) {
        try {
            change.run();
            Notifications.success(success);
        } catch (IssueConflictException | IssueRuleException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
        onChange.run();
    }

    private static Div section(String title, com.vaadin.flow.component.Component content) {
        var section = new Div(new H3(title), content);
        section.addClassName("issue-detail-section");
        return section;
    }

    static Span label(String text) {
        var span = new Span(text);
        span.addClassName("fact-label");
        return span;
    }
}
