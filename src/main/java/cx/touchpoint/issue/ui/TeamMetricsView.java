package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.issue.TeamMetrics;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** How each team handles its issues: open, overdue, time to triage and resolve, reopen rate. */
@Route("issues/metrics")
@PageTitle("Team metrics · Touchpoint")
@RolesAllowed({Role.TEAM_LEAD_NAME, Role.SPECIALIST_NAME, Role.EXECUTIVE_NAME})
@CssImport("./issue-board.css")
class TeamMetricsView extends Main {

    final Grid<TeamMetrics> grid = new Grid<>();

    TeamMetricsView(IssueService service) {
        add(new RouterLink("← Issue board", IssueBoardView.class), new H1("Team metrics"));
        add(new Paragraph("Time to triage: from creation to the first move out of \"new\". Time to resolve: from"
                + " creation to resolved. Reopen rate: share of resolved issues that were reopened."));
        grid.setId("team-metrics");
        grid.addColumn(TeamMetrics::team).setHeader("Team").setFlexGrow(2);
        grid.addColumn(m -> Formats.count(m.openIssues())).setHeader("Open");
        grid.addColumn(m -> Formats.count(m.overdueIssues()))
                .setHeader("Overdue")
                .setPartNameGenerator(m -> m.overdueIssues() > 0 ? "overdue-text" : null);
        grid.addColumn(m -> hours(m.hoursToTriage())).setHeader("Time to triage");
        grid.addColumn(m -> hours(m.hoursToResolve())).setHeader("Time to resolve");
        grid.addColumn(m -> m.reopenRate() == null ? Formats.NO_DATA : Formats.percent(100 * m.reopenRate(), 0))
                .setHeader("Reopen rate");
        grid.addColumn(m -> Formats.count(m.resolvedIssues())).setHeader("Resolved");
        // one aggregated row per team: a handful of rows, computed in SQL
        grid.setItems(service.teamMetrics());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    static String hours(Double hours) {
        if (hours == null) {
            return Formats.NO_DATA;
        }
        return hours >= 48
                ? Formats.value(hours / 24, Figures.UNIT_DECIMALS, "days")
                : Formats.value(hours, Figures.UNIT_DECIMALS, "h");
    }
}
