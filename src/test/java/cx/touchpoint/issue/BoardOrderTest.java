package cx.touchpoint.issue;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The order of a board column (overdue first, then the most severe, then the soonest due) and its pages;
 * SLA hours are the defaults of V2: critical 24, high 72, medium 168, low 336.
 */
@DatabaseTest
class BoardOrderTest {

    @Autowired
    IssueService board;

    @Autowired
    IssueChangeService changes;

    @Autowired
    RaiseIssueService raising;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    IssueFixtures fixtures;
    long account;

    @BeforeEach
    void setUp() {
        fixtures = new IssueFixtures(data);
        fixtures.signIn("order.admin", Role.ADMIN, null);
        account = fixtures.account("Board Order Ltd");
    }

    @AfterEach
    void tearDown() {
        clock.set(TestClockConfig.START);
        IssueFixtures.signOut();
    }

    @Test
    void a_column_shows_overdue_first_then_the_most_severe_then_the_soonest_due_page_after_page() {
        long low = raise(Severity.LOW, "Low, due in 336 h");
        long medium = raise(Severity.MEDIUM, "Medium, due in 168 h");
        long criticalFirst = raise(Severity.CRITICAL, "Critical, due in 24 h");
        clock.advance(Duration.ofHours(30)); // the first critical issue is 6 hours overdue
        long criticalLater = raise(Severity.CRITICAL, "Critical, due in 54 h from the start");
        long high = raise(Severity.HIGH, "High, due in 102 h from the start");

        assertThat(column(IssueStatus.NEW, 0, 25)).containsExactly(criticalFirst, criticalLater, high, medium, low);
        assertThat(column(IssueStatus.NEW, 0, 2)).containsExactly(criticalFirst, criticalLater);
        assertThat(column(IssueStatus.NEW, 2, 2)).containsExactly(high, medium);
        assertThat(column(IssueStatus.NEW, 4, 2)).containsExactly(low);
        assertThat(board.column(IssueStatus.NEW, BoardFilter.everything(), 0, 1)
                        .get(0)
                        .overdue())
                .isTrue();

        for (long id : List.of(low, criticalFirst, medium)) {
            changes.move(id, board.detail(id).orElseThrow().version(), IssueStatus.WONT_FIX);
        }

        // nothing closed is overdue: the overdue critical issue now sorts with the others by due time
        assertThat(column(IssueStatus.WONT_FIX, 0, 25)).containsExactly(criticalFirst, medium, low);
        assertThat(column(IssueStatus.WONT_FIX, 1, 1)).containsExactly(medium);
        assertThat(column(IssueStatus.NEW, 0, 25)).containsExactly(criticalLater, high);
    }

    @Test
    void the_audit_line_of_a_raised_issue_names_the_rule_and_the_team_it_was_routed_to() {
        long invoice = raise(Severity.MEDIUM, "Invoice sent twice");
        long other = raise(Severity.MEDIUM, "Nobody called back");
        data.jdbc().sql("update routing_rule set enabled = false").update(); // rolled back after the test
        long unrouted = raise(Severity.MEDIUM, "Nobody called back again");

        assertThat(createdNote(invoice))
                .isEqualTo("Routed to Finance by rule \"Invoices and payments go to finance\".");
        assertThat(createdNote(other))
                .isEqualTo("Routed to Customer service by rule \"Everything else: customer service triages\".");
        assertThat(createdNote(unrouted)).isEqualTo("No routing rule matched: routed to Customer service for triage.");
    }

    private String createdNote(long issue) {
        return data.jdbc()
                .sql("select note from issue_event where issue_id = :id and kind = 'CREATED'")
                .param("id", issue)
                .query(String.class)
                .single();
    }

    private long raise(Severity severity, String title) {
        return raising.create(new ManualIssue(account, null, null, severity, title, ""));
    }

    private List<Long> column(IssueStatus status, int offset, int limit) {
        return board.column(status, BoardFilter.everything(), offset, limit).stream()
                .map(IssueCard::id)
                .toList();
    }
}
