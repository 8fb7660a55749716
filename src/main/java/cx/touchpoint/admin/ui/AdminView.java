package cx.touchpoint.admin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The admin's starting point: every setting that shapes routing, gaps and segments, in one place. */
@Route("admin")
@PageTitle("Admin · Touchpoint")
@Menu(order = 9, title = "Admin", icon = "vaadin:cog")
@RolesAllowed(Role.ADMIN_NAME)
class AdminView extends Main {

    AdminView() {
        addClassName("admin-view");
        add(new H1("Administration"));
        var tools = new Div(
                tool(
                        "Users",
                        "admin/users",
                        "Who signs in, their role and team; one-time passwords, unlocking, books of accounts."),
                tool(
                        "Teams",
                        "admin/teams",
                        "The teams issues are routed to, their lead and the general manager who receives escalations."),
                tool(
                        "Audit log",
                        "admin/audit",
                        "Every change to users, teams and settings: who, when, before and after."),
                tool(
                        "Reference data and SLA",
                        "admin/reference-data",
                        "Perception cues, touch points, vertical markets and market groups, locations, service"
                                + " platforms (retire what data still refers to), and the SLA hours per severity."),
                tool(
                        "Routing rules and complaint keywords",
                        "admin/routing-rules",
                        "Which team each customer problem goes to, tried in order; the words that make a comment a complaint."),
                tool(
                        "Service standards",
                        "standards",
                        "Standards with their unit and direction, monthly actuals and the promises made to customers."),
                tool(
                        "Survey templates and triggers",
                        "admin/survey-templates",
                        "Relationship, transaction and targeted-study surveys, their questions in order, and which"
                                + " touch points send which survey."),
                tool(
                        "Survey contact policy",
                        "admin/survey-policy",
                        "Quiet periods per survey type, the invitation cap per account, reminders and link validity."),
                tool(
                        "Webhooks",
                        "admin/webhooks",
                        "Other systems told of new responses and issue changes: signed POSTs, retried for a day,"
                                + " with a delivery log."),
                tool(
                        "Confidence and key drivers",
                        "admin/insight",
                        "The confidence level of every interval and test, the minimum n below which a change is"
                                + " \"too few responses to tell\", and the minimum responses for key drivers."),
                tool(
                        "Segment thresholds",
                        "segments/thresholds",
                        "The experience score, revenue and growth headroom that place accounts in segments."));
        tools.addClassName("headline-row");
        add(tools);
    }

    private static Div tool(String title, String route, String purpose) {
        var link = new Anchor(route, title);
        var card = new Div(new H2(link), new Paragraph(purpose));
        card.addClassName("card");
        return card;
    }
}
