package cx.touchpoint.home.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.base.ui.ViewAccess;
import cx.touchpoint.home.HomeHeadlines;
import cx.touchpoint.home.HomeService;
import cx.touchpoint.imports.ImportService;
import cx.touchpoint.insight.TrendPoint;
import cx.touchpoint.insight.ui.NpsTrendChart;
import cx.touchpoint.insight.ui.Uncertainty;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.issue.IssueTasks;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.PermissionPolicy;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.webhook.WebhookService;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

@CssImport("./styles/insight.css")
@Route("")
@PageTitle("Home · Touchpoint")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
class HomeView extends Main {

    HomeView(
            HomeService service,
            PermissionPolicy permissions,
            SurveyService surveys,
            IssueService issues,
            WebhookService webhooks,
            ImportService imports) {
        addClassName("home-view");
        var today = today(permissions, surveys, issues, webhooks, imports);
        if (!today.isEmpty()) {
            var title = new H2("Today");
            title.setId("today-title");
            var section = new Section(title);
            section.setId("today");
            section.addClassName("home-today");
            section.getElement().setAttribute("aria-labelledby", "today-title");
            section.add(TodayCards.row(today));
            if (today.stream().allMatch(card -> "0".equals(card.value()))) {
                var calm = new EmptyState("Nothing needs you today. The figures below are the company's.");
                calm.setId("today-empty");
                section.add(calm);
            }
            add(section);
        }
        HomeHeadlines headlines = service.headlines();
        add(new H1("Customer experience at a glance"), new Paragraph(service.scopeLabel()));
        if (headlines.figuresAsOf() != null) {
            // read from a replica that is a few seconds behind: say which moment the figures show
            var asOf = new Paragraph("Figures as of " + Dates.time(headlines.figuresAsOf()));
            asOf.setId("figures-as-of");
            add(asOf);
        }
        add(headlineRow(headlines));

        List<TrendPoint> trend = service.npsTrendByQuarter();
        if (trend.stream().noneMatch(TrendPoint::hasAnswers)) {
            var empty = new EmptyState(
                    "No survey responses yet. Once customers answer surveys, the NPS trend appears here.");
            add(empty);
        } else {
            add(npsChart(trend));
        }
    }

    /**
     * The signed-in person's work for today, one service call per feature: admins their failed deliveries and
     * imports; account executives their survey work; team leads their team's triage; specialists their
     * issues; general managers what escalated to them. Empty for executives who manage no team.
     */
    private static List<Headline> today(
            PermissionPolicy permissions,
            SurveyService surveys,
            IssueService issues,
            WebhookService webhooks,
            ImportService imports) {
        List<Headline> cards = new ArrayList<>();
        if (permissions.may(Permission.ADMINISTER)) {
            cards.addAll(TodayCards.admin(
                    surveys.tasks().failedMails(), webhooks.failedDeliveries(), imports.needingAttention()));
            return cards;
        }
        if (permissions.may(Permission.PREPARE_SURVEYS)) {
            cards.addAll(TodayCards.accountExecutive(surveys.tasks()));
        }
        if (permissions.may(Permission.READ_ISSUES)) {
            IssueTasks work = issues.tasks();
            if (permissions.may(Permission.TRIAGE_ISSUES)) {
                cards.addAll(TodayCards.teamLead(work));
            } else if (permissions.may(Permission.WORK_ISSUES)) {
                cards.add(TodayCards.specialist(work));
            }
            if (work.generalManager()) {
                cards.add(TodayCards.generalManager(work));
            }
        }
        return cards;
    }

    /** The company figures, each a link to the view that explains it (for those who may open it). */
    private static Div headlineRow(HomeHeadlines h) {
        return Headline.row(
                ExperienceHeadlines.nps(
                        "headline-nps",
                        h,
                        ViewAccess.mayOpen("review") ? "review" : ViewAccess.linkIfAllowed("segments")),
                ExperienceHeadlines.summaryScore("headline-score", h, ViewAccess.linkIfAllowed("segments")),
                Headline.linked(
                        "headline-responses",
                        "Responses, last 3 months",
                        Formats.count(h.recentResponses()),
                        "since " + Dates.day(h.recentResponsesFrom()) + ", all survey types",
                        ViewAccess.linkIfAllowed("surveys/waves")),
                ExperienceHeadlines.openIssues("headline-open-issues", h, ViewAccess.linkIfAllowed("issues")));
    }

    private static Div npsChart(List<TrendPoint> trend) {
        var chart = NpsTrendChart.of("nps-trend", trend, "360px");
        var title = new H2("Net Promoter Score by quarter");
        var legend = new Paragraph("% promoters (9-10) minus % detractors (0-6). "
                + Uncertainty.legend(trend.get(trend.size() - 1).estimate())
                + "; a triangle marks a significant change from the quarter before.");
        legend.addClassName("chart-legend");
        var card = new Div(title, legend, chart);
        card.addClassName("card");
        return card;
    }
}
