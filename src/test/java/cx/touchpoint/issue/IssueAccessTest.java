package cx.touchpoint.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.security.Role;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The permission policy on the board: who reads and who changes which team's issues, enforced by the service. */
@DatabaseTest
class IssueAccessTest {

    @Autowired
    IssueService service;

    @Autowired
    IssueChangeService changes;

    @Autowired
    ResponseService responses;

    @Autowired
    TestData data;

    IssueFixtures fixtures;
    long issue;

    @BeforeEach
    void customerServiceIssue() {
        fixtures = new IssueFixtures(data);
        issue = fixtures.lowReliabilityIssue(responses, "Issue access test", "Acme Access");
        assertThat(fixtures.teamOf(issue)).isEqualTo("customer_service");
    }

    @AfterEach
    void signOut() {
        IssueFixtures.signOut();
    }

    @Test
    void a_specialist_of_another_team_can_neither_read_nor_change_the_issue_and_the_board_filter_cannot_widen() {
        fixtures.signIn("pd.specialist", Role.SPECIALIST, "product_development");
        int version = (int) fixtures.count("select version from issue where id = " + issue);

        assertThat(service.detail(issue)).isEmpty();
        assertThatThrownBy(() -> service.auditTrail(issue)).hasMessageContaining("belongs to Customer service");
        assertThatThrownBy(() -> changes.comment(issue, "Looking into it"))
                .hasMessageContaining("belongs to Customer service");
        assertThatThrownBy(() -> changes.changeSeverity(issue, version, Severity.CRITICAL))
                .hasMessageContaining("belongs to Customer service");
        assertThat(fixtures.column(issue, "severity")).isNotEqualTo("CRITICAL");
        assertThat(fixtures.count(
                        "select count(*) from issue_event where issue_id = " + issue + " and kind = 'COMMENT'"))
                .isZero();

        var everything = service.column(IssueStatus.NEW, BoardFilter.everything(), 0, 50);
        var customerService = service.column(
                IssueStatus.NEW, new BoardFilter(data.teamId("customer_service"), null, null, false), 0, 50);
        assertThat(everything).extracting(IssueCard::id).doesNotContain(issue);
        assertThat(customerService).extracting(IssueCard::id).doesNotContain(issue);
    }

    @Test
    void a_specialist_of_the_owning_team_works_the_issue_and_one_assigned_from_elsewhere_does_too() {
        fixtures.signIn("cs.specialist", Role.SPECIALIST, "customer_service");
        assertThat(service.detail(issue)).isPresent();
        changes.comment(issue, "Called the customer");
        assertThat(service.column(IssueStatus.NEW, BoardFilter.everything(), 0, 50))
                .extracting(IssueCard::id)
                .contains(issue);

        long outsider = data.user("fin.helper", Role.SPECIALIST, "finance");
        fixtures.signIn("cs.lead", Role.TEAM_LEAD, "customer_service");
        changes.assign(issue, service.detail(issue).orElseThrow().version(), outsider);
        IssueFixtures.signOut();
        var helper = new cx.touchpoint.security.SignedInUser(
                outsider, "fin.helper", "Test fin.helper", Role.SPECIALIST, data.teamId("finance"), "{noop}x");
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        helper, null, helper.getAuthorities()));
        changes.comment(issue, "Refund checked");
        assertThat(fixtures.count(
                        "select count(*) from issue_event where issue_id = " + issue + " and kind = 'COMMENT'"))
                .isEqualTo(2);
    }

    @Test
    void a_team_lead_changes_only_their_teams_issues_and_an_executive_reads_but_changes_nothing() {
        fixtures.signIn("log.lead", Role.TEAM_LEAD, "logistics");
        assertThat(service.detail(issue))
                .as("team leads read every team's issues")
                .isPresent();
        assertThatThrownBy(() -> changes.reroute(issue, 0, data.teamId("logistics"), "ours"))
                .hasMessageContaining("belongs to Customer service");
        assertThat(fixtures.teamOf(issue)).isEqualTo("customer_service");

        fixtures.signIn("board.exec", Role.EXECUTIVE, null);
        assertThat(service.detail(issue)).isPresent();
        assertThatThrownBy(() -> changes.comment(issue, "Why is this open?")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changes.move(issue, 0, IssueStatus.TRIAGED)).isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.status(issue)).isEqualTo("NEW");
    }
}
