package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.PreparationDetail;
import cx.touchpoint.survey.PreparationDetail.ItemChoice;
import cx.touchpoint.survey.SurveyRuleException;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.survey.Tone;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * One prepared survey: the customer's feedback on the draft (kept questions, tone, note), the
 * recipients with their eligibility, and the actions share, save, send now, schedule, cancel.
 * Route: surveys/prepared/&lt;id&gt;.
 */
@Route("surveys/prepared/:id")
@PageTitle("Prepared survey · Touchpoint")
@RolesAllowed({Role.ACCOUNT_EXECUTIVE_NAME, Role.ADMIN_NAME})
@CssImport("./styles/surveys.css")
class PreparationView extends Main implements BeforeEnterObserver {

    private final SurveyService service;
    private final Clock clock;
    private final Paragraph message = new Paragraph();
    private final TextField draftLink = new TextField("Draft link for the customer");
    private long id;

    PreparationView(SurveyService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("preparation-view");
        message.setId("preparation-message");
        message.addClassName("form-message");
        draftLink.setReadOnly(true);
        draftLink.setWidthFull();
        draftLink.setVisible(false);
        draftLink.setId("draft-link");
        draftLink.setHelperText(
                "Mailed to the customer; share it another way if you like. It works until the survey is sent.");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters()
                .get("id")
                .filter(s -> s.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .flatMap(service::preparation);
        if (found.isEmpty()) {
            removeAll();
            add(
                    new RouterLink("← Surveys", SurveyView.class),
                    new H1("Survey not found"),
                    new EmptyState("There is no such survey, or it is not for one of your accounts."));
            return;
        }
        id = found.get().id();
        show(found.get());
    }

    private void reload() {
        service.preparation(id).ifPresent(this::show);
    }

    private void show(PreparationDetail p) {
        removeAll();
        var status = new Span(p.status().label());
        status.addClassName("survey-status");
        status.setId("preparation-status");
        var title = new H1(p.survey() + " · " + p.account());
        title.setId("preparation-title");
        var account = new com.vaadin.flow.component.html.Anchor("accounts/" + p.accountId(), "Open " + p.account());
        account.setId("preparation-account");
        add(new RouterLink("← Surveys", SurveyView.class), title, status, account);
        if (p.wave() != null) {
            add(new Paragraph("Wave: " + p.wave()));
        }
        add(message, draftLink);
        add(feedback(p));
        add(section("Questions", questions(p)));
        add(section("Recipients", recipients(p)));
        add(section("Steps", steps(p)));
    }

    private Component feedback(PreparationDetail p) {
        String note = p.customerNote().isEmpty() ? "No note from the customer yet." : "“" + p.customerNote() + "”";
        var noteText = new Paragraph(note);
        noteText.setId("customer-note");
        var box = new Div(
                new H2("The customer's review"),
                new Paragraph(
                        p.reviewer() + " reviews the draft. Tone: " + p.tone().label() + "."),
                noteText);
        box.addClassNames("card", "customer-feedback");
        return box;
    }

    private Component questions(PreparationDetail p) {
        var items = new CheckboxGroup<ItemChoice>("Asked questions");
        items.setId("preparation-items");
        items.addThemeName("vertical");
        items.setItems(p.items());
        items.setItemLabelGenerator(i -> i.position() + ". " + i.question() + " (" + i.cue() + ")");
        items.setValue(p.items().stream().filter(ItemChoice::kept).collect(java.util.stream.Collectors.toSet()));
        var tone = new RadioButtonGroup<Tone>("Tone");
        tone.setId("preparation-tone");
        tone.setItems(Tone.values());
        tone.setItemLabelGenerator(Tone::label);
        tone.setValue(p.tone());
        var box = new Div(items, tone);
        if (p.items().size() > 12) {
            box.add(new Paragraph("More than 12 questions: a survey must not itself become a bad experience."));
        }
        if (!p.status().open()) {
            items.setReadOnly(true);
            tone.setReadOnly(true);
            return box;
        }
        var save = new Button(
                "Save changes",
                e -> act(() -> {
                    service.adjust(
                            p.id(),
                            items.getValue().stream().map(ItemChoice::itemId).toList(),
                            tone.getValue(),
                            p.version());
                    return "Saved.";
                }));
        save.setId("preparation-save");
        box.add(save, actions(p));
        return box;
    }

    private Component actions(PreparationDetail p) {
        var share = new Button(
                p.status() == PreparationDetail.Status.DRAFT
                        ? "Share draft with " + p.reviewer()
                        : "Share the draft again",
                e -> {
                    try {
                        String url = service.share(p.id());
                        reload();
                        message.setText("Draft shared: the link was mailed to " + p.reviewer() + " (see the outbox).");
                        draftLink.setValue(url);
                        draftLink.setVisible(true);
                    } catch (SurveyRuleException ex) {
                        message.setText(ex.getMessage());
                    }
                });
        share.setId("preparation-share");
        var send = new Button("Send now", e -> confirmSend(p));
        send.addThemeVariants(
                p.status() == PreparationDetail.Status.APPROVED
                        ? ButtonVariant.LUMO_PRIMARY
                        : ButtonVariant.LUMO_CONTRAST);
        send.setId("preparation-send");
        var when = new DateTimePicker("Send on");
        when.setMin(LocalDateTime.now(clock));
        when.setId("preparation-when");
        var schedule = new Button(
                "Schedule",
                e -> act(() -> {
                    if (when.getValue() == null) {
                        throw new SurveyRuleException("Choose the date and time to send.");
                    }
                    service.schedule(
                            p.id(), when.getValue().atZone(clock.getZone()).toInstant());
                    return "Scheduled.";
                }));
        schedule.setId("preparation-schedule");
        var cancel = new Button("Cancel survey", e -> {
            var confirm = new ConfirmDialog(
                    "Cancel this survey?",
                    "It will not be sent, and the customer's draft link stops working.",
                    "Cancel survey",
                    ok -> act(() -> {
                        service.cancel(p.id());
                        return "Cancelled.";
                    }));
            confirm.setCancelable(true);
            confirm.setCancelText("Keep it");
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.setId("preparation-cancel");
        var bar = new Div(share, send, when, schedule, cancel);
        bar.addClassName("survey-actions");
        return bar;
    }

    /**
     * Sending is always confirmed; before the customer approved the draft, the confirmation says so and the button
     * names it, so that nobody sends an unapproved survey by accident.
     */
    private void confirmSend(PreparationDetail p) {
        long recipients = p.recipients().size();
        String who = recipients == 1 ? "1 contact" : recipients + " contacts";
        boolean approved = p.status() == PreparationDetail.Status.APPROVED;
        var confirm = new ConfirmDialog(
                approved ? "Send the survey now?" : "Send without the customer's approval?",
                approved
                        ? p.reviewer() + " approved the draft. The invitation goes to " + who
                                + " now, each with a one-time link."
                        : p.reviewer() + " has not approved the draft ("
                                + p.status().label().toLowerCase()
                                + "). If you send now, " + who + " get the survey as it is, without the"
                                + " customer's changes. Waiting for the approval is usually better.",
                approved ? "Send now" : "Send without approval",
                ok -> act(() -> {
                    var result = service.send(p.id());
                    return (result.sent() == 1 ? "1 invitation sent." : result.sent() + " invitations sent.")
                            + (result.skipped().isEmpty()
                                    ? ""
                                    : " Not sent: " + String.join("; ", result.skipped()) + ".");
                }));
        confirm.setId("preparation-send-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(approved ? "Not yet" : "Wait for approval");
        if (!approved) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.open();
    }

    private void act(java.util.function.Supplier<String> action) {
        try {
            String text = action.get();
            reload();
            message.setText(text);
        } catch (SurveyRuleException e) {
            reload();
            message.setText(e.getMessage());
        }
    }

    private Component recipients(PreparationDetail p) {
        var grid = new Grid<PreparationDetail.Recipient>();
        grid.setId("preparation-recipients");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(PreparationDetail.Recipient::fullName)
                .setHeader("Contact")
                .setAutoWidth(true);
        grid.addColumn(PreparationDetail.Recipient::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(r -> r.invitation() != null
                        ? invitation(r.invitation())
                        : SurveyFormats.eligibility(r.eligibility()))
                .setHeader("Status")
                .setFlexGrow(2);
        grid.setItems(p.recipients());
        return grid;
    }

    private static String invitation(String status) {
        return switch (status) {
            case "SENT" -> "Sent, not answered yet";
            case "RESPONDED" -> "Answered";
            case "EXPIRED" -> "Expired without answer";
            case "CANCELLED" -> "Cancelled";
            default -> status;
        };
    }

    private Component steps(PreparationDetail p) {
        return new SurveyStepList(p.steps());
    }

    private static Div section(String title, Component content) {
        var div = new Div(new H2(title), content);
        div.addClassName("survey-section");
        return div;
    }
}
