package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.ui.UrlState;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.survey.mail.OutboxMail;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * Every survey mail, newest first, with its delivery status: held (no SMTP server configured),
 * waiting, sent, failed with the error, or not sent with the consent rule's reason. Admins see all;
 * account executives their own book's. Select a mail to read it; a held mail's working links show only
 * to those the service allows (admins), and a sent mail keeps none. Route: surveys/outbox.
 */
@Route("surveys/outbox")
@PageTitle("Outbox · Touchpoint")
@RolesAllowed({Role.ACCOUNT_EXECUTIVE_NAME, Role.ADMIN_NAME})
@CssImport("./styles/surveys.css")
class OutboxView extends Main implements BeforeEnterObserver {

    /** The mails shown: every one, or one status ({@code surveys/outbox?status=FAILED}, Home's admin task). */
    final Select<String> status = new Select<>();

    private final Grid<OutboxMail> grid = new Grid<>();

    OutboxView(SurveyService service, Clock clock) {
        addClassName("outbox-view");
        var reader = new Div();
        reader.setId("outbox-reader");
        reader.addClassName("outbox-reader");
        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("420px");
        grid.setEmptyStateText("No mails yet. Mails appear here when a draft is shared or a survey is sent.");
        grid.addColumn(m -> Dates.dayTime(m.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(m -> kind(m.kind())).setHeader("Mail").setAutoWidth(true);
        grid.addColumn(OutboxMail::recipient).setHeader("To").setAutoWidth(true);
        grid.addColumn(OutboxMail::account).setHeader("Account").setAutoWidth(true);
        grid.addColumn(OutboxMail::subject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(m -> status(m.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(m -> !m.suppressedReason().isEmpty()
                        ? "Not sent: the contact " + m.suppressedReason()
                        : m.lastError().isEmpty() ? "" : m.attempts() + " attempt(s): " + m.lastError())
                .setHeader("Delivery problem")
                .setAutoWidth(true);
        grid.setItems(q -> service.outbox(status.getValue(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) service.outboxCount(status.getValue()));
        status.setLabel("Status");
        status.setId("outbox-status");
        status.setItems("HELD", "PENDING", "SENT", "FAILED", "SUPPRESSED");
        status.setItemLabelGenerator(OutboxView::status);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Every mail");
        status.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            if (e.isFromClient()) {
                UrlState.replace(
                        this, e.getValue() == null ? "surveys/outbox" : "surveys/outbox?status=" + e.getValue());
            }
        });
        boolean linksShown = service.heldMailLinksShown();
        grid.addSelectionListener(e -> {
            reader.removeAll();
            e.getFirstSelectedItem().ifPresent(m -> {
                var links = new Paragraph(linkNote(m, linksShown));
                links.setId("outbox-link-note");
                links.addClassName("outbox-link-note");
                var body = MailText.withLinks(m.textBody());
                body.setId("outbox-body");
                reader.add(
                        new H2(m.subject()),
                        new Paragraph("From " + m.senderName() + " to " + m.recipient()),
                        links,
                        body);
            });
        });
        var note = new Paragraph("Held: no SMTP server is configured (spring.mail.host), so mails stay here."
                + " With a server they are sent, retried on failure, and shown as Sent or Failed. A mail to a"
                + " contact who opted out, or a reminder of a survey they already answered, is not sent."
                + " Customer links: a held mail keeps its working links, shown to admins only (they may deliver it"
                + " by hand; nobody else may answer as the customer); once a mail is sent its stored copy keeps"
                + " no working link.");
        note.addClassName("survey-intro");
        add(new RouterLink("← Surveys", SurveyView.class), new H1("Outbox"), note, status, grid, reader);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        status.setValue(event.getLocation()
                .getQueryParameters()
                .getSingleParameter("status")
                .filter(v -> List.of("HELD", "PENDING", "SENT", "FAILED", "SUPPRESSED")
                        .contains(v))
                .orElse(null));
    }

    /** What the reader is told about the customer links of the selected mail. */
    static String linkNote(OutboxMail m, boolean linksShown) {
        return switch (m.status()) {
            case "HELD" -> m.holdsLinks()
                    ? (linksShown
                            ? "Held with working links: this stored copy still opens the customer's survey. Forward it"
                                    + " only to its recipient."
                            : "Held with working links, shown to admins only: an account executive must not be able"
                                    + " to answer as the customer.")
                    : "Held.";
            case "PENDING" -> "Waiting to be sent: its links are removed from this stored copy once the mail"
                    + " server has accepted it.";
            case "SENT" -> "Sent: the links were removed from this stored copy; only the recipient's mail has them.";
            case "SUPPRESSED" -> "Not sent: the contact " + m.suppressedReason() + ". Its links were removed.";
            case "FAILED" -> "Not delivered; its links were removed from this stored copy.";
            default -> "";
        };
    }

    private static String status(String status) {
        if (status == null) {
            return "Every mail";
        }
        return switch (status) {
            case "HELD" -> "Held: no mail server set up";
            case "PENDING" -> "Waiting to send";
            case "SENT" -> "Sent";
            case "FAILED" -> "Failed";
            case "SUPPRESSED" -> "Not sent";
            default -> status;
        };
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "DRAFT" -> "Draft for review";
            case "INVITATION" -> "Invitation";
            case "REMINDER" -> "Reminder";
            default -> kind;
        };
    }
}
