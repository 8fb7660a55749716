package cx.touchpoint.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.account.AccountDetail;
import cx.touchpoint.account.AccountFacts;
import cx.touchpoint.account.AccountService;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.Nps;
import cx.touchpoint.base.Term;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.TermHelp;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.PermissionPolicy;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.survey.ui.SurveyStepList;
import cx.touchpoint.theme.ThemeService;
import cx.touchpoint.theme.ui.AccountThemes;
import jakarta.annotation.security.RolesAllowed;

/** One account: facts, segment history, responses, NPS trend, open issues and contacts. Route: accounts/&lt;id&gt;. */
@CssImport("./styles/insight.css")
@Route("accounts/:accountId")
@PageTitle("Account · Touchpoint")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.ACCOUNT_EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
@CssImport("./styles/segments.css")
class AccountDetailView extends Main implements BeforeEnterObserver {

    private final AccountService service;
    private final PermissionPolicy permissions;
    private final SurveyService surveys;
    private final ThemeService themes;

    AccountDetailView(
            AccountService service, PermissionPolicy permissions, SurveyService surveys, ThemeService themes) {
        this.service = service;
        this.permissions = permissions;
        this.surveys = surveys;
        this.themes = themes;
        addClassName("account-detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var back = new Anchor(AccountsReturn.href(), "← All accounts");
        back.setId("back-to-accounts");
        add(back);
        var detail = event.getRouteParameters()
                .get("accountId")
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> service.detail(Long.parseLong(id)));
        if (detail.isEmpty()) {
            var missing = new EmptyState("There is no such account, or it is not one of yours. Open an account from"
                    + " the accounts list.");
            missing.setId("account-missing");
            add(new H1("Account not found"), missing);
            return;
        }
        show(detail.get());
    }

    private void show(AccountDetail detail) {
        AccountFacts f = detail.facts();
        var badge = new Span(f.segment().label());
        badge.addClassNames("segment-badge", "segment-" + f.segment().styleName());
        badge.setId("account-segment");
        var title = new H1(f.name());
        title.setId("account-name");
        var header = new Div(title, badge);
        header.addClassName("segment-title");
        add(header, facts(f));
        add(section("Segment history across waves", AccountSections.history(detail.segmentHistory())));
        var charts = new Div();
        charts.addClassName("account-charts");
        charts.add(
                detail.cueScores().isEmpty()
                        ? new EmptyState(
                                "No relationship survey answered yet. Send this account's contacts the relationship survey"
                                        + " to see expected vs experienced per cue.")
                        : AccountCharts.cues(
                                detail.cueScores(),
                                "Latest relationship survey, " + DetailFormats.date(f.lastRelationshipSurvey())));
        charts.add(
                detail.npsTrend().isEmpty()
                        ? new EmptyState("No likelihood-to-recommend answers yet, so there is no NPS trend.")
                        : AccountCharts.nps(detail.npsTrend()));
        add(section("Experience", charts));
        var issues = section("Open issues", AccountSections.issues(detail.openIssues()));
        // whoever may raise an issue does so on the board (the permission policy decides who)
        if (permissions.may(Permission.RAISE_ISSUE)) {
            var raise = new Anchor("issues?newFor=" + f.id(), "Raise an issue about this account");
            raise.setId("raise-issue");
            issues.add(raise);
        }
        add(issues);
        add(section("Contacts and survey eligibility", AccountSections.contacts(detail.contacts())));
        add(section("What this account writes about: themes over time", new AccountThemes(themes, f.id())));
        add(section("Survey responses", AccountSections.responses(service, f.id())));
        add(section(
                "Survey steps: prepared, shared, approved, sent, answered", new SurveyStepList(surveys.steps(f.id()))));
    }

    private static Div facts(AccountFacts f) {
        var facts = new Div(
                fact("Summary score", Formats.score(f.score()) + (f.score() == null ? "" : " / 7")),
                fact("Annual revenue", Formats.money(f.revenue())),
                fact("Potential revenue", Formats.money(f.potential())),
                fact(
                        TermHelp.beside("Likelihood to recommend, latest relationship answer", Term.NPS),
                        lastAnswer(f.nps())),
                fact("Vertical market", f.verticalMarket() + " (" + f.marketGroup() + ")"),
                fact("Location", f.location()),
                fact("Service platform", f.servicePlatform()),
                fact("Account executive", f.accountExecutive()),
                fact("Customer since", Dates.day(f.customerSince())),
                fact("Status", f.active() ? "Active" : "Defected on " + Dates.day(f.defectedOn())));
        facts.setId("account-facts");
        facts.addClassNames("card", "account-facts");
        return facts;
    }

    private static Div fact(String label, String value) {
        return fact(new Span(label), value);
    }

    private static Div fact(Span label, String value) {
        label.addClassName("account-fact-label");
        return new Div(label, new Span(value));
    }

    /**
     * One answer (0-10) of one contact, named as promoter, passive or detractor: it can differ in sign from the
     * accounts list's NPS, which counts every answer of 12 months.
     */
    static String lastAnswer(Integer answer) {
        if (answer == null) {
            return Formats.NO_DATA;
        }
        String kind = Nps.detractor(answer) ? "a detractor" : answer >= Nps.PROMOTER_MIN ? "a promoter" : "a passive";
        return answer + " / 10 (" + kind + "); one answer, not the NPS of all answers over 12 months";
    }

    private static Div section(String title, Component content) {
        var section = new Div(new H2(title), content);
        section.addClassName("account-section");
        return section;
    }
}
