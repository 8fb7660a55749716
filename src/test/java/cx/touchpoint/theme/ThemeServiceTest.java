package cx.touchpoint.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.issue.IntakeService;
import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.issue.Severity;
import cx.touchpoint.issue.routing.RoutingRule;
import cx.touchpoint.issue.routing.RoutingSample;
import cx.touchpoint.issue.routing.RoutingService;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Comments reach themes through the outbox: recorded, queued in the same transaction, analysed by the job;
 * themes found, renamed, pinned, merged, split; a theme routes a complaint that shares no word with the rule.
 */
@DatabaseTest
class ThemeServiceTest {

    @Autowired
    ThemeService themes;

    @Autowired
    ThemeJobs jobs;

    @Autowired
    ResponseService responses;

    @Autowired
    IntakeService intake;

    @Autowired
    RoutingService routing;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    IssueFixtures fixtures;
    long template;
    long account;

    @BeforeEach
    void setUp() {
        // only this test's comments (rolled back with it), whatever other tests committed to the run's schema
        data.jdbc().sql("delete from comment_analysis").update();
        fixtures = new IssueFixtures(data);
        template = data.relationshipTemplate("Themes test " + System.nanoTime());
        account = fixtures.account("Theme Freight " + System.nanoTime());
        fixtures.signIn("theme.admin" + System.nanoTime(), Role.ADMIN, null);
    }

    @AfterEach
    void tearDown() {
        IssueFixtures.signOut();
    }

    void respond(Integer nps, String comment) {
        fixtures.respond(responses, template, account, nps, comment, "reliability", 5, clock.instant());
    }

    /** Records every fixture comment through the response service, runs the job and finds the themes. */
    void themesFromFixture() {
        CommentFixture.GROUPS.forEach((group, comments) -> comments.forEach(c -> respond(5, c)));
        jobs.analyseDue();
        jobs.findThemes("test");
    }

    ThemeSummary themeHolding(String text) {
        var comment = themes.comments(CommentFilter.ALL, null, 500).stream()
                .filter(c -> c.text().equals(text))
                .findFirst()
                .orElseThrow();
        return themes.theme(comment.themeId()).orElseThrow();
    }

    @Test
    void aRecordedCommentWaitsInTheOutboxThenGetsSentimentAndTheme() {
        themesFromFixture();
        respond(2, "Terrible: we have to recharge the scanners twice a day.");
        var pending = themes.comments(CommentFilter.ALL, null, 1).get(0);
        assertThat(pending.state()).isEqualTo("PENDING");
        assertThat(pending.analysisLabel()).isEqualTo("Being analysed");

        assertThat(jobs.analyseDue()).isEqualTo(1);

        var analysed = themes.comments(CommentFilter.ALL, null, 1).get(0);
        assertThat(analysed.state()).isEqualTo("ANALYSED");
        assertThat(analysed.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(analysed.themeId())
                .isEqualTo(themeHolding("We have to recharge the devices twice a day.")
                        .id());
        assertThat(themes.analysisProgress().pending()).isZero();
    }

    @Test
    void emptyEmojiHtmlLongAndGermanCommentsAreHandled() {
        respond(5, "");
        respond(5, "   \n ");
        respond(5, "👍👍👍");
        respond(5, "<p>The delivery was <b>late</b> again</p>");
        respond(5, "Die Rechnungen sind fast jeden Monat falsch.");
        respond(5, "Late again, unacceptable. ".repeat(153));
        jobs.analyseDue();
        Map<String, String> labels = new java.util.HashMap<>();
        themes.comments(CommentFilter.ALL, null, 10).forEach(c -> labels.put(c.text(), c.analysisLabel()));
        assertThat(labels).hasSize(4); // blank comments are no comments
        assertThat(labels.get("👍👍👍")).isEqualTo("Not analysed (no words)");
        assertThat(labels.get("Die Rechnungen sind fast jeden Monat falsch.")).isEqualTo("Not analysed (German)");
        assertThat(labels.get("<p>The delivery was <b>late</b> again</p>")).isEqualTo("Not yet themed · Negative");
        assertThat(labels.get("Late again, unacceptable. ".repeat(153).strip())).endsWith("Negative");
        assertThat(themes.analysisProgress().otherLanguages()).containsEntry("de", 1L);
    }

    @Test
    void theFirstRunFindsTheFixturesFiveGroupsAsActiveThemes() {
        themesFromFixture();
        var active = themes.activeThemes();
        assertThat(active).hasSize(5);
        assertThat(themeHolding("Power doesn't last a shift.").id())
                .isEqualTo(themeHolding("We have to recharge the devices twice a day.")
                        .id());
        assertThat(themeHolding("Power doesn't last a shift.").id())
                .isNotEqualTo(themeHolding("The invoice was wrong again.").id());
        assertThat(themes.representatives(active.get(0).id())).hasSize(3);
    }

    @Test
    void aRenamedThemeIsPinnedAndSurvivesFindingNewThemes() {
        themesFromFixture();
        var battery = themeHolding("We have to recharge the devices twice a day.");
        themes.rename(battery.id(), battery.version(), "Battery life");
        var renamed = themes.theme(battery.id()).orElseThrow();
        assertThat(renamed.pinned()).isTrue();

        respond(3, "The scanners need recharging twice a day.");
        jobs.analyseDue();
        jobs.findThemes("test");

        var after = themeHolding("We have to recharge the devices twice a day.");
        assertThat(after.id()).isEqualTo(battery.id());
        assertThat(after.name()).isEqualTo("Battery life");
        assertThat(after.pinned()).isTrue();
        assertThat(data.jdbc()
                        .sql("select count(*) from admin_audit where subject = 'THEME' and action = 'theme renamed'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> themes.rename(after.id(), battery.version(), "Stale"))
                .isInstanceOf(ThemeRuleException.class)
                .hasMessageContaining("changed this theme meanwhile");
    }

    @Test
    void mergeJoinsTwoThemesAndSplitPartsThemAgain() {
        themesFromFixture();
        var active = themes.activeThemes();
        var into = active.get(0);
        var merged = active.get(1);
        themes.merge(merged.id(), merged.version(), into.id());
        assertThat(themes.theme(merged.id()).orElseThrow().status()).isEqualTo(ThemeStatus.RETIRED);
        var both = themes.theme(into.id()).orElseThrow();
        assertThat(both.comments()).isEqualTo(into.comments() + merged.comments());
        assertThat(themes.activeThemes()).hasSize(active.size() - 1);
        assertThat(data.jdbc()
                        .sql("select after from admin_audit where subject = 'THEME' and action = 'theme merged'")
                        .query(String.class)
                        .single())
                .isEqualTo("merged into " + into.name());

        long created = themes.split(both.id(), both.version());
        long kept = themes.theme(into.id()).orElseThrow().comments();
        long other = themes.theme(created).orElseThrow().comments();
        assertThat(kept + other).isEqualTo(both.comments());
        assertThat(kept).isGreaterThanOrEqualTo(other).isPositive();
        assertThat(themes.activeThemes()).hasSize(active.size());
    }

    @Test
    void aComplaintThatSharesNoKeywordWithTheRuleReachesTheRulesTeamByItsTheme() {
        themesFromFixture();
        var battery = themeHolding("We have to recharge the devices twice a day.");
        routing.saveRoutingRule(new RoutingRule(
                null,
                8,
                "Battery life to product development",
                null,
                null,
                null,
                null,
                null,
                List.of("battery"),
                data.teamId("product_development"),
                null,
                true,
                0,
                battery.id()));
        var tester = routing.testRoutingRule(
                routing.routingRule(routingRuleId("Battery life to product development"))
                        .orElseThrow(),
                new RoutingSample("Our devices need recharging twice every day.", null, null, null, Severity.MEDIUM));
        assertThat(tester.themeSeen()).contains(battery.name());
        assertThat(tester.matches()).isTrue();

        long complaint = fixtures.complaint(account, "Our devices need recharging twice every day.");
        long issue = intake.onComplaintReceived(complaint);
        assertThat(fixtures.teamOf(issue))
                .isEqualTo("customer_service"); // by its words: only the fallback rule matched

        clock.advance(Duration.ofSeconds(5));
        jobs.analyseDue();

        assertThat(fixtures.teamOf(issue)).isEqualTo("product_development");
        assertThat(fixtures.column(issue, "theme_id")).isEqualTo(String.valueOf(battery.id()));
        assertThat(fixtures.events(issue)).anyMatch(e -> e.startsWith("TEAM Customer service->Product development"));
    }

    long routingRuleId(String name) {
        return data.jdbc()
                .sql("select id from routing_rule where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    @Test
    void onlyAdminsManageThemes() {
        themesFromFixture();
        var theme = themes.activeThemes().get(0);
        fixtures.signIn("theme.exec" + System.nanoTime(), Role.EXECUTIVE, null);
        assertThat(themes.canManage()).isFalse();
        assertThatThrownBy(() -> themes.rename(theme.id(), theme.version(), "Mine"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(new ArrayList<>(themes.activeThemes())).hasSize(5);
    }
}
