package cx.touchpoint.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.renderer.LitRenderer;
import cx.touchpoint.account.AccountDetail.ContactEligibility;
import cx.touchpoint.account.AccountDetail.OpenIssue;
import cx.touchpoint.account.AccountDetail.WaveSegment;
import cx.touchpoint.account.AccountService;
import cx.touchpoint.account.ResponseSummary;
import cx.touchpoint.base.ui.CommentText;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.issue.IssueStatus;
import cx.touchpoint.issue.Severity;
import java.util.List;

/** The account detail's tables; each says what to do when it is empty. */
final class AccountSections {

    private AccountSections() {}

    static Component history(List<WaveSegment> history) {
        if (history.isEmpty()) {
            return new EmptyState("Not placed in any wave yet: the account has not answered a relationship"
                    + " survey. It is Unscored until it does.");
        }
        var grid = grid(WaveSegment.class, "segment-history");
        grid.addColumn(WaveSegment::quarterLabel).setHeader("Wave");
        grid.addColumn(h -> Formats.score(h.score())).setHeader("Score").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(LitRenderer.<WaveSegment>of(
                                "<span class=\"segment-badge segment-${item.style}\">${item.label}</span>")
                        .withProperty("style", h -> h.segment().styleName())
                        .withProperty("label", h -> h.segment().label()))
                .setHeader("Segment");
        grid.addColumn(h -> h.segment().action()).setHeader("Recommended action");
        grid.setItems(history);
        return grid;
    }

    static Component issues(List<OpenIssue> issues) {
        if (issues.isEmpty()) {
            return new EmptyState("No open issues for this account.");
        }
        var grid = grid(OpenIssue.class, "account-issues");
        grid.addComponentColumn(i -> new Anchor("issues?issue=" + i.id(), i.title()))
                .setHeader("Issue")
                .setFlexGrow(3);
        grid.addColumn(i -> Severity.labelOf(i.severity())).setHeader("Severity");
        grid.addColumn(i -> IssueStatus.labelOf(i.status())).setHeader("Status");
        grid.addColumn(OpenIssue::team).setHeader("Team");
        grid.addColumn(i -> DetailFormats.date(i.slaDueAt()) + (i.overdue() ? " · overdue" : ""))
                .setHeader("SLA due")
                .setPartNameGenerator(i -> i.overdue() ? "overdue" : null);
        grid.setItems(issues);
        return grid;
    }

    static Component contacts(List<ContactEligibility> contacts) {
        if (contacts.isEmpty()) {
            return new EmptyState("No contacts yet. Add a contact at this account before surveying it.");
        }
        var grid = grid(ContactEligibility.class, "account-contacts");
        grid.addColumn(ContactEligibility::fullName).setHeader("Contact");
        grid.addColumn(ContactEligibility::jobTitle).setHeader("Job title");
        grid.addColumn(ContactEligibility::email).setHeader("Email").setFlexGrow(2);
        grid.addColumn(c -> DetailFormats.date(c.lastSurveyedAt())).setHeader("Last surveyed");
        grid.addColumn(c -> eligibility(c.relationshipFrom())).setHeader("Relationship survey");
        grid.addColumn(c -> eligibility(c.transactionFrom())).setHeader("Transaction survey");
        grid.setItems(contacts);
        return grid;
    }

    static Component responses(AccountService service, long accountId) {
        var grid = grid(ResponseSummary.class, "account-responses");
        // short lists show whole; long ones scroll and load page by page
        long count = service.responseCount(accountId);
        grid.setAllRowsVisible(count <= 10);
        if (count > 10) {
            grid.setHeight("440px");
        }
        grid.setEmptyStateText("No survey responses yet. Responses appear here once the account's contacts answer.");
        grid.addColumn(r -> DetailFormats.date(r.respondedAt())).setHeader("Answered");
        grid.addColumn(r -> r.survey() + (r.touchPoint() == null ? "" : " · " + r.touchPoint()))
                .setHeader("Survey")
                .setFlexGrow(2);
        grid.addColumn(r -> r.contact() == null ? "" : r.contact()).setHeader("Contact");
        grid.addColumn(r -> r.nps() == null ? "" : r.nps().toString())
                .setHeader("Recommend (0-10)")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.score(r.score())).setHeader("Experienced").setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(r -> new CommentText(r.comment(), "response-comment"))
                .setHeader("Comment")
                .setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(q -> service.responses(accountId, q.getOffset(), q.getLimit()).stream(), q ->
                (int) service.responseCount(accountId));
        return grid;
    }

    private static String eligibility(java.time.Instant from) {
        return from == null ? "Eligible now" : "Quiet until " + DetailFormats.date(from);
    }

    private static <T> Grid<T> grid(Class<T> type, String id) {
        var grid = new Grid<T>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
