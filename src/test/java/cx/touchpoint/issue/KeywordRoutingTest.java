package cx.touchpoint.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.issue.routing.RoutingRule;
import cx.touchpoint.issue.routing.RoutingSample;
import cx.touchpoint.issue.routing.RoutingService;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #12.4: "late" matched "later" and "latest", "power" matched "powerful". One matcher — whole
 * words, any case, "deliver*" for a prefix — for the rule tester, routing and complaint detection.
 */
@DatabaseTest
class KeywordRoutingTest {

    @Autowired
    IssueService service;

    @Autowired
    RoutingService routing;

    @Autowired
    ResponseService responses;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    IssueFixtures fixtures;
    long template;
    long account;

    @BeforeEach
    void setUp() {
        fixtures = new IssueFixtures(data);
        template = data.relationshipTemplate("Keyword test");
        account = fixtures.account("Keyword Freight");
        // the board's reads need a role that may read issues (the permission policy)
        fixtures.signIn("kw.reader" + System.nanoTime(), Role.ADMIN, null);
    }

    @AfterEach
    void tearDown() {
        IssueFixtures.signOut();
    }

    List<Long> respond(Integer nps, String comment, String cue, int experienced) {
        return fixtures.respond(responses, template, account, nps, comment, cue, experienced, clock.instant());
    }

    RoutingSample sample(String text) {
        return new RoutingSample(text, null, null, null, Severity.MEDIUM);
    }

    RoutingRule rule(String... keywords) {
        return new RoutingRule(
                null,
                8,
                "Lateness",
                null,
                null,
                null,
                null,
                null,
                List.of(keywords),
                data.teamId("logistics"),
                null,
                true,
                0);
    }

    @Test
    void the_tester_matches_whole_words_only_and_says_which_keyword_matched() {
        var late = rule("late");

        assertThat(routing.testRoutingRule(late, sample("Great work on the latest release"))
                        .matches())
                .isFalse();
        assertThat(routing.testRoutingRule(late, sample("Please call me later")).matches())
                .isFalse();
        var hit = routing.testRoutingRule(late, sample("The truck was LATE."));
        assertThat(hit.matches()).isTrue();
        assertThat(hit.explanation()).startsWith("Matches (keyword \"late\" found)");
        assertThat(routing.testRoutingRule(rule("deliver*"), sample("Deliveries keep failing"))
                        .matches())
                .isTrue();
    }

    @Test
    void routing_follows_the_same_rule_as_the_tester() {
        // a comment is routed by its own words (a complaint word makes it a signal); low cues by their cue
        long release =
                respond(8, "Great work on the latest release", "competence", 2).get(0);
        long powerful =
                respond(8, "Powerful reporting, we are very happy", "access", 2).get(0);
        long late = respond(8, "The shipment arrived late", "reliability", 6).get(0);
        long deliveries = respond(5, "Deliveries keep arriving incomplete", "responsiveness", 6)
                .get(0);

        assertThat(fixtures.teamOf(release)).isEqualTo("customer_service");
        assertThat(fixtures.teamOf(powerful)).isEqualTo("customer_service");
        assertThat(fixtures.teamOf(late)).isEqualTo("logistics");
        assertThat(fixtures.teamOf(deliveries)).isEqualTo("logistics");
        assertThat(routing.testRoutingRule(rule("late"), sample("Great work on the latest release"))
                        .currentRouting())
                .contains("Customer service");
    }

    @Test
    void a_complaint_keyword_must_be_a_whole_word_to_raise_an_issue() {
        assertThat(respond(9, "Please call me later about the renewal", "access", 6))
                .isEmpty();
        assertThat(routing.complaintKeywordIn("Please call me later")).isEmpty();
        assertThat(respond(9, "The parcel was late and nobody called", "access", 6))
                .hasSize(1);
        assertThat(routing.complaintKeywordIn("We will CANCELL... no, cancelled the order"))
                .contains("cancel*");
    }

    @Test
    void keywords_in_other_languages_match_in_any_case_and_malformed_ones_are_refused() {
        fixtures.signIn("kw.admin", Role.ADMIN, null);

        routing.saveComplaintKeywords(List.of("Störung", "ОТКАЗ", "deliver*"));

        assertThat(routing.complaintKeywords()).containsExactly("deliver*", "störung", "отказ");
        assertThat(respond(9, "STÖRUNG seit Montag", "access", 6)).hasSize(1);
        assertThat(respond(9, "Störungsfrei seit Montag", "competence", 6)).isEmpty();
        assertThat(respond(9, "полный отказ оборудования", "reliability", 6)).hasSize(1);
        assertThatThrownBy(() -> routing.saveComplaintKeywords(List.of("late", "de*liver")))
                .hasMessage("Keyword \"de*liver\": * may only end a keyword, as in \"deliver*\".");
        assertThat(routing.complaintKeywords()).containsExactly("deliver*", "störung", "отказ");
        assertThatThrownBy(() -> routing.saveRoutingRule(rule("*late")))
                .hasMessageContaining("* may only end a keyword");
    }
}
