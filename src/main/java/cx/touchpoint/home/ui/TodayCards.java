package cx.touchpoint.home.ui;

import com.vaadin.flow.component.html.Div;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.base.ui.ViewAccess;
import cx.touchpoint.imports.ImportService;
import cx.touchpoint.issue.IssueTasks;
import cx.touchpoint.survey.SurveyTasks;
import java.util.ArrayList;
import java.util.List;

/**
 * What each role must do today, as headline cards that open the filtered view behind their number
 * (issue 23 §3). Zero says so in words ("Nothing due today"), never a bare 0.
 */
final class TodayCards {

    private TodayCards() {}

    /** An account executive's survey work: drafts with the customer, approved, non-responders, new detractors. */
    static List<Headline> accountExecutive(SurveyTasks t) {
        return List.of(
                card(
                        "today-awaiting-customer",
                        "Drafts awaiting the customer",
                        t.awaitingCustomer(),
                        "shared for review, not yet approved",
                        "No draft is waiting for a customer",
                        "surveys?focus=AWAITING_CUSTOMER"),
                card(
                        "today-approved",
                        "Approved, not sent",
                        t.approvedNotSent(),
                        "the customer approved: send or schedule them",
                        "Nothing approved is waiting to be sent",
                        "surveys?focus=APPROVED_NOT_SENT"),
                card(
                        "today-non-responders",
                        "Not answered yet",
                        t.nonResponders(),
                        "invitations still open: contacts to remind",
                        "Every open invitation is answered",
                        "surveys/waves"),
                card(
                        "today-new-detractors",
                        "New detractors",
                        t.newDetractors(),
                        "accounts with a 0-6 answer in the last " + SurveyTasks.NEW_DAYS + " days",
                        "No new detractor in the last " + SurveyTasks.NEW_DAYS + " days",
                        "surveys?focus=NEW_DETRACTORS"));
    }

    /** A team lead's triage: the team's new and unassigned, due today and overdue issues. */
    static List<Headline> teamLead(IssueTasks t) {
        String team = t.teamId() == null ? "issues?" : "issues?team=" + t.teamId() + "&";
        return List.of(
                card(
                        "today-new-unassigned",
                        "New and unassigned",
                        t.newUnassigned(),
                        "your team's new issues nobody has taken",
                        "Nothing new waits for triage",
                        team + "unassigned=true&sort=NEWEST"),
                card(
                        "today-due-today",
                        "Due today",
                        t.dueToday(),
                        "open issues whose SLA ends before midnight",
                        "Nothing due today",
                        team + "due=today"),
                card(
                        "today-overdue",
                        "Overdue",
                        t.overdue(),
                        "open issues past their SLA",
                        "Nothing overdue",
                        team + "overdue=true"));
    }

    /** A specialist's open issues assigned to them. */
    static Headline specialist(IssueTasks t) {
        return card(
                "today-assigned-to-me",
                "Assigned to me",
                t.assignedToMe(),
                "open issues you are working on",
                "Nothing assigned to you",
                "issues/mine");
    }

    /** A general manager's open issues that missed their SLA and escalated to them. */
    static Headline generalManager(IssueTasks t) {
        return card(
                "today-escalated",
                "Escalated to me",
                t.escalatedToMe(),
                "open issues past their SLA in the teams you manage",
                "Nothing escalated to you",
                "issues/escalated");
    }

    /** An admin's deliveries and imports that went wrong. */
    static List<Headline> admin(long failedMails, long failedDeliveries, long importsNeedingAttention) {
        return List.of(
                card(
                        "today-failed-mails",
                        "Failed mails",
                        failedMails,
                        "survey mails the mail server refused",
                        "No mail failed",
                        "surveys/outbox?status=FAILED"),
                card(
                        "today-failed-webhooks",
                        "Failed webhook deliveries",
                        failedDeliveries,
                        "deliveries that failed after every retry",
                        "No webhook delivery failed",
                        "admin/webhooks?failed=true"),
                card(
                        "today-imports",
                        "Imports needing attention",
                        importsNeedingAttention,
                        "refused or failed in the last " + ImportService.ATTENTION_DAYS + " days",
                        "No import needs attention",
                        "import?attention=true"));
    }

    static Div row(List<Headline> cards) {
        return Headline.row(new ArrayList<>(cards).toArray(Headline[]::new));
    }

    private static Headline card(String id, String label, long count, String detail, String none, String href) {
        return Headline.linked(
                id, label, Formats.count(count), count == 0 ? none : detail, ViewAccess.linkIfAllowed(href));
    }
}
