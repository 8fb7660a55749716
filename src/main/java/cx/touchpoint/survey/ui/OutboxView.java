package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import cx.touchpoint.base.Dates;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.survey.mail.OutboxMail;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * Every survey mail, newest first, with its delivery status: held (no SMTP server configured),
 * pending, sent, or failed with the error. Admins see all; account executives their own book's.
 * Select a mail to read it. Route: surveys/outbox.
 */
@Route("surveys/outbox")
@PageTitle("Outbox · Touchpoint")
@RolesAllowed({Role.ACCOUNT_EXECUTIVE_NAME, Role.ADMIN_NAME})
@CssImport("./styles/surveys.css")
class OutboxView extends Main {

    OutboxView(SurveyService service, Clock clock) {
        addClassName("outbox-view");
        var reader = new Div();
        reader.setId("outbox-reader");
        reader.addClassName("outbox-reader");
        var grid = new Grid<OutboxMail>();
        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("420px");
        grid.setEmptyStateText("No mails yet. Mails appear here when a draft is shared or a survey is sent.");
        grid.addColumn(m -> Dates.dayTime(m.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(m -> kind(m.kind())).setHeader("Mail").setAutoWidth(true);
        grid.addColumn(OutboxMail::recipient).setHeader("To").setAutoWidth(true);
        grid.addColumn(OutboxMail::account).setHeader("Account").setAutoWidth(true);
        grid.addColumn(OutboxMail::subject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(OutboxMail::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(m -> m.lastError().isEmpty() ? "" : m.attempts() + " attempt(s): " + m.lastError())
                .setHeader("Delivery problem")
                .setAutoWidth(true);
        grid.setItems(q -> service.outbox(q.getOffset(), q.getLimit()).stream(), q -> (int) service.outboxCount());
        grid.addSelectionListener(e -> {
            reader.removeAll();
            e.getFirstSelectedItem().ifPresent(m -> {
                var body = new Pre(m.textBody());
                body.setId("outbox-body");
                reader.add(new H3(m.subject()), new Paragraph("From " + m.senderName() + " to " + m.recipient()), body);
            });
        });
        var note = new Paragraph("HELD: no SMTP server is configured (spring.mail.host), so mails stay here and you"
                + " can read them. With a server they are sent, retried on failure, and shown as SENT or FAILED.");
        note.addClassName("survey-intro");
        add(new RouterLink("← Surveys", SurveyView.class), new H2("Outbox"), note, grid, reader);
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
