package cx.touchpoint.issue;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.security.Role;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #12.2 and #12.3: a reopened issue kept its expired SLA and was escalated minutes later; an
 * escalation outlived a severity change that moved the due time into the future, and because only
 * unescalated issues are checked it could never escalate again. The clock starts at 13 May 10:00 UTC.
 */
@DatabaseTest
class SlaRestartTest {

    @Autowired
    IssueService service;

    @Autowired
    IssueChangeService changes;

    @Autowired
    SlaEscalation escalation;

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
        template = data.relationshipTemplate("SLA test");
        account = fixtures.account("Slow Freight");
        fixtures.generalManager("customer_service", "gm.sla");
    }

    @AfterEach
    void tearDown() {
        clock.set(TestClockConfig.START);
        IssueFixtures.signOut();
    }

    List<Long> respond(Integer nps, String cue, int experienced) {
        return fixtures.respond(responses, template, account, nps, "", cue, experienced, clock.instant());
    }

    int version(long issue) {
        return service.detail(issue).orElseThrow().version();
    }

    IssueCard card(long issue) {
        var detail = service.detail(issue).orElseThrow();
        return service.column(detail.status(), BoardFilter.everything(), 0, 50).stream()
                .filter(c -> c.id() == issue)
                .findFirst()
                .orElseThrow();
    }

    Instant due(long issue) {
        return service.detail(issue).orElseThrow().slaDueAt();
    }

    /** A High issue (72 h SLA) escalated after its due time, then worked on and closed late. */
    long closedLateAndEscalated() {
        long issue = respond(8, "reliability", 2).get(0);
        clock.advance(Duration.ofHours(80));
        assertThat(escalation.escalateOverdue()).isEqualTo(1);
        fixtures.signIn("sla.lead", Role.TEAM_LEAD, "customer_service");
        changes.move(issue, version(issue), IssueStatus.IN_PROGRESS);
        changes.resolve(issue, version(issue), "Fixed the cause.");
        changes.move(issue, version(issue), IssueStatus.CLOSED);
        clock.advance(Duration.ofDays(7));
        return issue;
    }

    @Test
    void a_manual_reopen_starts_a_fresh_sla_and_ends_the_old_escalation_with_audit_rows() {
        long issue = closedLateAndEscalated();

        changes.reopen(issue, version(issue), "Customer called again");

        assertThat(due(issue)).isEqualTo(clock.instant().plus(Duration.ofHours(72)));
        var card = card(issue);
        assertThat(card.overdue()).isFalse();
        assertThat(card.minutesToDue()).isEqualTo(72 * 60); // "Due in 3d 0h", not "Overdue by 7d"
        assertThat(card.escalatedToName()).isNull();
        assertThat(fixtures.column(issue, "escalated_at")).isNull();
        assertThat(fixtures.events(issue))
                .endsWith(
                        "STATUS CLOSED->TRIAGED",
                        "SLA 16 May 2026, 10:00->26 May 2026, 18:00",
                        "ESCALATION_CLEARED ->Test gm.sla");
        clock.advance(Duration.ofMinutes(5));
        assertThat(escalation.escalateOverdue()).isZero();

        clock.advance(Duration.ofHours(72));
        assertThat(escalation.escalateOverdue()).isEqualTo(1);
        assertThat(card(issue).escalatedToName()).isEqualTo("Test gm.sla");
    }

    @Test
    void a_customers_low_follow_up_answer_reopens_with_a_fresh_sla_too() {
        long issue = respond(8, "access", 2).get(0); // High: 72 h
        clock.advance(Duration.ofHours(80));
        assertThat(escalation.escalateOverdue()).isEqualTo(1);
        fixtures.signIn("sla.lead2", Role.TEAM_LEAD, "customer_service");
        changes.move(issue, version(issue), IssueStatus.IN_PROGRESS);
        changes.resolve(issue, version(issue), "Fixed the cause.");
        clock.advance(Duration.ofDays(20));

        respond(9, "access", 2);

        assertThat(fixtures.status(issue)).isEqualTo("TRIAGED");
        assertThat(due(issue)).isEqualTo(clock.instant().plus(Duration.ofHours(72)));
        assertThat(card(issue).escalatedToName()).isNull();
        assertThat(fixtures.events(issue))
                .contains("VERIFICATION ->NOT_VERIFIED", "STATUS RESOLVED->TRIAGED", "ESCALATION_CLEARED ->Test gm.sla")
                .anyMatch(e -> e.startsWith("SLA 16 May 2026, 10:00->"));
        assertThat(service.auditTrail(issue))
                .anyMatch(e -> e.note().equals("Reopened: the customer's next survey is still below 5/7"));
        clock.advance(Duration.ofMinutes(5));
        assertThat(escalation.escalateOverdue()).isZero();
    }

    @Test
    void lowering_the_severity_ends_the_escalation_and_the_new_due_time_escalates_again() {
        // a key account's worst answer is critical: 24 h
        long key = data.account(
                "Key Sla Ltd",
                data.user("key.sla.ae", Role.ACCOUNT_EXECUTIVE),
                new BigDecimal("2500000"),
                new BigDecimal("2500000"));
        long issue = fixtures.respond(responses, template, key, 8, "", "reliability", 1, clock.instant())
                .get(0);
        assertThat(fixtures.column(issue, "severity")).isEqualTo("CRITICAL");
        clock.advance(Duration.ofHours(30));
        assertThat(escalation.escalateOverdue()).isEqualTo(1);
        fixtures.signIn("sla.lead3", Role.TEAM_LEAD, "customer_service");

        changes.changeSeverity(issue, version(issue), Severity.LOW); // 336 h from creation

        var card = card(issue);
        assertThat(due(issue)).isEqualTo(TestClockConfig.START.plus(Duration.ofHours(336)));
        assertThat(card.minutesToDue()).isEqualTo((336 - 30) * 60); // "Due in 12d 18h"
        assertThat(card.escalatedToName()).isNull();
        assertThat(fixtures.events(issue))
                .endsWith("ESCALATED ->Test gm.sla", "SEVERITY CRITICAL->LOW", "ESCALATION_CLEARED ->Test gm.sla");

        clock.advance(Duration.ofHours(305));
        assertThat(escalation.escalateOverdue()).isZero();
        clock.advance(Duration.ofHours(2));
        assertThat(escalation.escalateOverdue()).isEqualTo(1);
        assertThat(card(issue).escalatedToName()).isEqualTo("Test gm.sla");
    }

    @Test
    void raising_the_severity_of_an_escalated_issue_keeps_it_escalated_while_still_overdue() {
        long issue = respond(8, "reliability", 3).get(0); // Medium: 168 h
        clock.advance(Duration.ofHours(170));
        assertThat(escalation.escalateOverdue()).isEqualTo(1);
        fixtures.signIn("sla.lead4", Role.TEAM_LEAD, "customer_service");

        changes.changeSeverity(issue, version(issue), Severity.HIGH); // 72 h: still past

        assertThat(card(issue).escalatedToName()).isEqualTo("Test gm.sla");
        assertThat(card(issue).overdue()).isTrue();
        assertThat(fixtures.events(issue)).doesNotContain("ESCALATION_CLEARED ->Test gm.sla");
    }
}
