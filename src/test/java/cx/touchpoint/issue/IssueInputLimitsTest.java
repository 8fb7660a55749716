package cx.touchpoint.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.issue.routing.RoutingRule;
import cx.touchpoint.issue.routing.RoutingService;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The server refuses what the forms' limits would: a modified client stores nothing oversized. */
@DatabaseTest
class IssueInputLimitsTest {

    @Autowired
    IssueService service;

    @Autowired
    IssueChangeService changes;

    @Autowired
    RaiseIssueService raising;

    @Autowired
    RoutingService routing;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        IssueFixtures.signOut();
    }

    @Test
    void a_reroute_reason_longer_than_the_field_is_refused_and_nothing_moves() {
        var fixtures = new IssueFixtures(data);
        fixtures.signIn("limit.lead", Role.TEAM_LEAD, "customer_service");
        long issue = raising.create(new ManualIssue(
                fixtures.account("Limits Ltd"), null, null, Severity.LOW, "Portal login keeps failing", ""));
        String team = fixtures.teamOf(issue);

        assertThatThrownBy(() -> changes.reroute(issue, 0, data.teamId("finance"), "x".repeat(1000)))
                .hasMessage("Why: at most " + IssueChangeService.REASON_MAX + " characters.");
        assertThat(fixtures.teamOf(issue)).isEqualTo(team);
    }

    @Test
    void more_complaint_keywords_than_the_limit_are_refused_and_the_list_is_kept() {
        new IssueFixtures(data).signIn("limit.admin", Role.ADMIN, null);
        List<String> before = routing.complaintKeywords();
        List<String> flood =
                IntStream.range(0, 20_000).mapToObj(i -> "word" + i).toList();

        assertThatThrownBy(() -> routing.saveComplaintKeywords(flood))
                .hasMessage(
                        "At most " + RoutingRule.COMPLAINT_KEYWORDS_MAX + " complaint keywords; you entered 20000.");
        assertThat(routing.complaintKeywords()).isEqualTo(before);
    }
}
