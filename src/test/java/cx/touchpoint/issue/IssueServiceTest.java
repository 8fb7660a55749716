package cx.touchpoint.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.base.Dates;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.issue.routing.RoutingRule;
import cx.touchpoint.issue.routing.RoutingSample;
import cx.touchpoint.issue.routing.RoutingService;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.segment.Segment;
import cx.touchpoint.survey.NewResponse;
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

/** Intake, workflow, audit trail, concurrency and escalation; the clock starts at {@link TestClockConfig#START}. */
@DatabaseTest
class IssueServiceTest {

    @Autowired
    IssueService service;

    @Autowired
    IssueChangeService changes;

    @Autowired
    RaiseIssueService raising;

    @Autowired
    RoutingService routing;

    @Autowired
    IntakeService intake;

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
        // admins read and change every issue; tests about a role sign in as that role
        fixtures.signIn("issue.admin", Role.ADMIN, null);
        template = data.relationshipTemplate("Issue service test");
        account = fixtures.account("Acme Issues");
    }

    @AfterEach
    void tearDown() {
        clock.set(TestClockConfig.START);
        IssueFixtures.signOut();
    }

    List<Long> respond(Integer nps, String comment, String cue, int experienced) {
        return respond(account, nps, comment, cue, experienced);
    }

    List<Long> respond(long account, Integer nps, String comment, String cue, int experienced) {
        return responses
                .record(new NewResponse(
                        template,
                        account,
                        null,
                        null,
                        null,
                        null,
                        NewResponse.Channel.API,
                        nps,
                        comment,
                        clock.instant(),
                        List.of(new NewResponse.Answer(data.itemId(template, cue), 6, experienced))))
                .issueIds();
    }

    long issueFromLowScore(String cue) {
        return respond(8, "", cue, 2).get(0);
    }

    /** A low score of another account: a team's second open issue (one per team and account). */
    long issueFromLowScore(String accountName, String cue) {
        return respond(fixtures.account(accountName), 8, "", cue, 2).get(0);
    }

    long issueOfTeam(List<Long> issues, String team) {
        return issues.stream()
                .filter(id -> fixtures.teamOf(id).equals(team))
                .findFirst()
                .orElseThrow();
    }

    int version(long issue) {
        return service.detail(issue).orElseThrow().version();
    }

    @Test
    void a_score_of_3_an_nps_of_6_or_a_complaint_word_raise_an_issue_and_4_7_and_a_kind_word_do_not() {
        assertThat(respond(7, "Fine overall.", "competence", 4)).isEmpty();
        List<Long> lowScore = respond(7, "", "competence", 3);
        List<Long> detractor = respond(6, "", "access", 5);
        List<Long> complaint = respond(9, "Honestly unacceptable, this was a broken promise", "trustworthiness", 6);

        assertThat(lowScore).hasSize(1);
        assertThat(detractor).hasSize(1).doesNotContainAnyElementsOf(lowScore);
        assertThat(fixtures.teamOf(detractor.get(0))).isEqualTo("account_management");
        // the complaint reaches customer service, whose open issue of the account takes it as evidence
        assertThat(complaint).isEqualTo(lowScore);
        assertThat(fixtures.count("select count(*) from issue")).isEqualTo(2);
    }

    @Test
    void one_unhappy_response_raises_at_most_one_issue_per_team_each_signal_routed_on_its_own() {
        List<Long> raised = respond(2, "Late deliveries again", "reliability", 2);

        // reliability 2/7 (customer service), "late" (logistics), the detractor (account management)
        assertThat(raised.stream().map(fixtures::teamOf))
                .containsExactly("customer_service", "logistics", "account_management");
        long logistics = issueOfTeam(raised, "logistics");
        assertThat(fixtures.column(logistics, "title")).isEqualTo("Acme Issues: \u201clate\u201d in the comment");
        assertThat(fixtures.column(issueOfTeam(raised, "account_management"), "title"))
                .isEqualTo("Acme Issues: detractor, NPS 2");
        assertThat(fixtures.column(issueOfTeam(raised, "customer_service"), "severity"))
                .isEqualTo("HIGH");
        assertThat(fixtures.column(logistics, "severity")).isEqualTo("MEDIUM");
        assertThat(fixtures.count("select count(*) from issue_evidence")).isEqualTo(3);

        List<Long> again = respond(9, "", "reliability", 1);
        assertThat(again).containsExactly(issueOfTeam(raised, "customer_service"));
        assertThat(fixtures.count("select count(*) from issue")).isEqualTo(3);
    }

    @Test
    void a_worse_answer_attaching_to_the_teams_issue_raises_its_severity_with_the_sla_audited() {
        long issue = respond(8, "", "reliability", 3).get(0);
        assertThat(fixtures.column(issue, "severity")).isEqualTo("MEDIUM");

        assertThat(respond(8, "", "access", 1)).containsExactly(issue);

        assertThat(fixtures.column(issue, "severity")).isEqualTo("HIGH");
        assertThat(fixtures.events(issue)).contains("SEVERITY MEDIUM->HIGH").endsWith("EVIDENCE ->");
        assertThat(service.auditTrail(issue).stream().filter(e -> e.kind() == AuditKind.SEVERITY))
                .singleElement()
                .satisfies(e -> assertThat(e.note()).startsWith("SLA due "));
    }

    @Test
    void a_key_accounts_worst_signal_is_one_severity_higher() {
        long key = data.account(
                "Key Account Ltd",
                data.user("key.ae", Role.ACCOUNT_EXECUTIVE),
                new BigDecimal("2500000"),
                new BigDecimal("2500000"));

        long issue = respond(key, 8, "", "reliability", 2).get(0);

        assertThat(fixtures.column(issue, "severity")).isEqualTo("CRITICAL");
        assertThat(fixtures.column(issue, "title")).isEqualTo("Key Account Ltd: reliability 2/7");
    }

    @Test
    void a_new_signal_on_the_same_account_and_cue_attaches_to_the_open_issue_as_evidence() {
        long first = issueFromLowScore("reliability");

        List<Long> again = respond(7, "", "reliability", 1);
        List<Long> otherCue = respond(8, "", "access", 3);

        assertThat(again).containsExactly(first);
        assertThat(otherCue).containsExactly(first);
        assertThat(fixtures.count("select count(*) from issue")).isEqualTo(1);
        assertThat(service.evidence(first)).hasSize(3);
        assertThat(fixtures.events(first)).containsExactly("CREATED ->NEW", "EVIDENCE ->", "EVIDENCE ->");
        // the title follows the latest answer
        assertThat(fixtures.column(first, "title")).isEqualTo("Acme Issues: access 3/7");
    }

    @Test
    void the_first_matching_rule_wins_and_unmatched_issues_fall_back_to_customer_service() {
        // keywords of rule 1 (product development) and rule 3 (logistics, "late"): rule 1 comes first
        long battery = issueOfTeam(
                respond(2, "The battery died and the delivery was late", "reliability", 2), "product_development");
        long plain = respond(8, "", "competence", 2).get(0);

        assertThat(fixtures.teamOf(battery)).isEqualTo("product_development");
        assertThat(service.detail(battery).orElseThrow().routingRuleName())
                .isEqualTo("Product defects go to product development");
        assertThat(fixtures.teamOf(plain)).isEqualTo("customer_service");
        assertThat(service.detail(plain).orElseThrow().routingRuleName())
                .isEqualTo("Everything else: customer service triages");
    }

    @Test
    void an_admin_rule_on_a_cue_routes_before_the_fallback_and_a_disabled_rule_is_skipped() {
        fixtures.signIn("rules.admin", Role.ADMIN, null);
        var rule = new RoutingRule(
                null,
                8,
                "Competence goes to account management",
                data.cueId("competence"),
                null,
                null,
                null,
                null,
                List.of(),
                data.teamId("account_management"),
                null,
                true,
                0);
        long ruleId = routing.saveRoutingRule(rule);
        var disabled = new RoutingRule(
                null,
                9,
                "Access to onboarding (off)",
                data.cueId("access"),
                null,
                null,
                null,
                null,
                List.of(),
                data.teamId("onboarding"),
                null,
                false,
                0);
        routing.saveRoutingRule(disabled);

        assertThat(fixtures.teamOf(issueFromLowScore("competence"))).isEqualTo("account_management");
        assertThat(fixtures.teamOf(issueFromLowScore("access"))).isEqualTo("customer_service");
        assertThat(routing.routingRule(ruleId).orElseThrow().cueId()).isEqualTo(data.cueId("competence"));
    }

    @Test
    void a_rule_is_tested_against_sample_text_before_saving() {
        var draft = new RoutingRule(
                null,
                8,
                "Warranty",
                null,
                null,
                null,
                null,
                null,
                List.of("warranty", "rma"),
                data.teamId("product_development"),
                null,
                true,
                0);

        var hit = routing.testRoutingRule(
                draft, new RoutingSample("Our RMA request is ignored", null, null, null, Severity.LOW));
        var miss =
                routing.testRoutingRule(draft, new RoutingSample("Invoices are wrong", null, null, null, Severity.LOW));

        assertThat(hit.matches()).isTrue();
        assertThat(hit.explanation())
                .isEqualTo("Matches (keyword \"rma\" found): this rule would route the sample to Product development.");
        assertThat(miss.matches()).isFalse();
        assertThat(miss.explanation()).contains("none of its keywords (warranty, rma)");
        assertThat(miss.currentRouting()).contains("Finance").contains("Invoices and payments go to finance");
    }

    @Test
    void routing_rule_input_is_validated_with_clear_messages() {
        fixtures.signIn("rules.admin2", Role.ADMIN, null);
        long team = data.teamId("finance");

        assertThatThrownBy(() -> routing.saveRoutingRule(new RoutingRule(
                        null, 1, "Taken position", null, null, null, null, null, List.of(), team, null, true, 0)))
                .hasMessage("Position 1 is taken by another rule; choose a free one.");
        assertThatThrownBy(() -> routing.saveRoutingRule(
                        new RoutingRule(null, 50, "x", null, null, null, null, null, List.of(), team, null, true, 0)))
                .hasMessageStartingWith("Name: 2 to 100");
        assertThatThrownBy(() -> routing.saveRoutingRule(new RoutingRule(
                        null, 50, "No team", null, null, null, null, null, List.of(), null, null, true, 0)))
                .hasMessageStartingWith("Owner team");
    }

    @Test
    void every_problem_of_a_routing_rule_is_reported_at_once_with_its_field_and_nothing_is_stored() {
        fixtures.signIn("rules.admin5", Role.ADMIN, null);
        long before = fixtures.count("select count(*) from routing_rule");

        assertThatThrownBy(() -> routing.saveRoutingRule(new RoutingRule(
                        null, 0, "x", null, null, null, null, null, List.of("a", "battery"), null, null, true, 0)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput.Problem::field)
                        .containsExactly("position", "name", "keywords", "ownerTeamId"));
        assertThat(fixtures.count("select count(*) from routing_rule")).isEqualTo(before);
    }

    @Test
    void a_manual_issue_reports_every_missing_field_at_once() {
        fixtures.signIn("manual.lead2", Role.TEAM_LEAD, "customer_service");

        assertThatThrownBy(() -> raising.create(new ManualIssue(null, null, null, null, " ", null)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput.Problem::field)
                        .containsExactly("accountId", "severity", "title"));
    }

    @Test
    void every_transition_writes_an_audit_row_with_who_from_and_to() {
        long issue = issueFromLowScore("reliability");
        SignedInUser lead = fixtures.signIn("audit.lead", Role.TEAM_LEAD, "customer_service");
        long specialist = data.user("audit.specialist", Role.SPECIALIST, "customer_service");

        changes.move(issue, version(issue), IssueStatus.TRIAGED);
        changes.assign(issue, version(issue), specialist);
        changes.move(issue, version(issue), IssueStatus.IN_PROGRESS);
        changes.changeSeverity(issue, version(issue), Severity.CRITICAL);
        changes.comment(issue, "Called the customer.");
        changes.resolve(issue, version(issue), "Fixed the cause.");
        changes.move(issue, version(issue), IssueStatus.CLOSED);

        assertThat(fixtures.events(issue))
                .containsExactly(
                        "CREATED ->NEW",
                        "STATUS NEW->TRIAGED",
                        "ASSIGNEE ->Test audit.specialist",
                        "STATUS TRIAGED->IN_PROGRESS",
                        "SEVERITY HIGH->CRITICAL",
                        "COMMENT ->",
                        "STATUS IN_PROGRESS->RESOLVED",
                        "STATUS RESOLVED->CLOSED");
        assertThat(service.auditTrail(issue).get(0).actorName()).isEqualTo(lead.fullName());
        assertThat(fixtures.status(issue)).isEqualTo("CLOSED");
    }

    @Test
    void a_closed_issue_cannot_go_back_to_work_without_a_reopen() {
        long issue = issueFromLowScore("reliability");
        fixtures.signIn("flow.lead", Role.TEAM_LEAD, "customer_service");
        changes.move(issue, version(issue), IssueStatus.IN_PROGRESS);
        changes.resolve(issue, version(issue), "Fixed the cause.");
        changes.move(issue, version(issue), IssueStatus.CLOSED);

        assertThatThrownBy(() -> changes.move(issue, version(issue), IssueStatus.IN_PROGRESS))
                .isInstanceOf(IssueRuleException.class)
                .hasMessage("A closed issue cannot move to in progress directly: reopen it first.");
        long fresh = issueFromLowScore("access");
        assertThatThrownBy(() -> changes.resolve(fresh, version(fresh), "Fixed the cause."))
                .hasMessage("An issue cannot move from New to Resolved.");

        changes.reopen(issue, version(issue), "Customer called again");
        assertThat(fixtures.status(issue)).isEqualTo("TRIAGED");
        assertThat(fixtures.column(issue, "reopen_count")).isEqualTo("1");
        assertThat(fixtures.column(issue, "resolved_at")).isNull();
    }

    @Test
    void the_second_of_two_concurrent_edits_is_rejected_naming_who_changed_it_and_nothing_is_overwritten() {
        long issue = issueFromLowScore("reliability");
        int seenByBoth = version(issue);
        fixtures.signIn("first.lead", Role.TEAM_LEAD, "customer_service");
        changes.move(issue, seenByBoth, IssueStatus.TRIAGED);

        fixtures.signIn("second.lead", Role.TEAM_LEAD, "customer_service");
        long someone = data.user("someone", Role.SPECIALIST, "customer_service");
        assertThatThrownBy(() -> changes.assign(issue, seenByBoth, someone))
                .isInstanceOf(IssueConflictException.class)
                .hasMessageStartingWith("Test first.lead changed this issue at 13 May 2026, 10:00")
                .hasMessageContaining("Your change was not saved");

        assertThat(fixtures.column(issue, "assignee_id")).isNull();
        assertThat(fixtures.status(issue)).isEqualTo("TRIAGED");
        assertThat(fixtures.events(issue)).containsExactly("CREATED ->NEW", "STATUS NEW->TRIAGED");
    }

    @Test
    void overdue_open_issues_are_escalated_once_to_the_general_manager_with_an_audit_row() {
        long gm = fixtures.generalManager("customer_service", "gm.cs");
        long high = issueFromLowScore("reliability"); // HIGH: due in 72 hours
        long medium =
                respond(fixtures.account("Acme Medium"), 8, "", "access", 3).get(0); // MEDIUM: due in 168 hours

        clock.advance(Duration.ofHours(71));
        assertThat(escalation.escalateOverdue()).isZero();

        clock.advance(Duration.ofHours(2));
        assertThat(escalation.escalateOverdue()).isEqualTo(1);
        assertThat(escalation.escalateOverdue()).isZero();

        assertThat(fixtures.column(high, "escalated_to_id")).isEqualTo(String.valueOf(gm));
        assertThat(fixtures.column(medium, "escalated_at")).isNull();
        assertThat(fixtures.events(high)).containsExactly("CREATED ->NEW", "ESCALATED ->Test gm.cs");
        var card = service.column(IssueStatus.NEW, BoardFilter.everything(), 0, 10).stream()
                .filter(c -> c.id() == high)
                .findFirst()
                .orElseThrow();
        assertThat(card.overdue()).isTrue();
        assertThat(card.escalatedToName()).isEqualTo("Test gm.cs");
        assertThat(service.column(IssueStatus.NEW, new BoardFilter(null, null, null, true), 0, 10))
                .extracting(IssueCard::id)
                .containsExactly(high);
    }

    @Test
    void a_later_satisfactory_score_verifies_the_fix_and_a_still_low_score_reopens_it() {
        long verified = issueFromLowScore("reliability");
        long other = fixtures.account("Acme Reopened");
        long reopened = respond(other, 8, "", "access", 2).get(0);
        fixtures.signIn("loop.lead", Role.TEAM_LEAD, "customer_service");
        for (long issue : List.of(verified, reopened)) {
            changes.move(issue, version(issue), IssueStatus.IN_PROGRESS);
            changes.resolve(issue, version(issue), "Fixed the cause.");
        }
        clock.advance(Duration.ofDays(30));

        respond(9, "", "reliability", 5);
        List<Long> lowAgain = respond(other, 9, "", "access", 2);

        assertThat(fixtures.column(verified, "verification")).isEqualTo("VERIFIED");
        assertThat(fixtures.status(verified)).isEqualTo("RESOLVED");
        assertThat(fixtures.column(reopened, "verification")).isEqualTo("NOT_VERIFIED");
        assertThat(fixtures.status(reopened)).isEqualTo("TRIAGED");
        assertThat(fixtures.column(reopened, "reopen_count")).isEqualTo("1");
        assertThat(lowAgain).containsExactly(reopened);
        assertThat(fixtures.events(reopened)).contains("VERIFICATION ->NOT_VERIFIED", "STATUS RESOLVED->TRIAGED");
    }

    @Test
    void specialists_cannot_reroute_and_executives_cannot_change_issues() {
        long issue = issueFromLowScore("reliability");
        fixtures.signIn("just.specialist", Role.SPECIALIST, "customer_service");
        assertThatThrownBy(() -> changes.reroute(issue, version(issue), data.teamId("finance"), ""))
                .hasMessage("Only team leads re-route issues.");

        fixtures.signIn("just.executive", Role.EXECUTIVE, null);
        assertThatThrownBy(() -> changes.move(issue, version(issue), IssueStatus.TRIAGED))
                .hasMessageStartingWith("Executives and account executives see the board");
        assertThat(fixtures.status(issue)).isEqualTo("NEW");
    }

    @Test
    void a_specialist_may_assign_an_issue_only_to_themselves() {
        long issue = issueFromLowScore("reliability");
        long colleague = data.user("other.specialist", Role.SPECIALIST, "customer_service");
        SignedInUser me = fixtures.signIn("self.specialist", Role.SPECIALIST, "customer_service");

        assertThatThrownBy(() -> changes.assign(issue, version(issue), colleague))
                .hasMessage("Only team leads assign issues to others; you can assign it to yourself.");
        assertThatThrownBy(() -> changes.assign(issue, version(issue), null))
                .hasMessage("Only team leads assign issues to others; you can assign it to yourself.");
        assertThat(fixtures.column(issue, "assignee_id")).isNull();

        changes.assign(issue, version(issue), me.id());
        assertThat(fixtures.column(issue, "assignee_id")).isEqualTo(String.valueOf(me.id()));
    }

    @Test
    void a_severity_change_moves_the_sla_due_time_to_the_new_severitys_policy() {
        long issue = issueFromLowScore("reliability");
        fixtures.signIn("sla.lead", Role.TEAM_LEAD, "customer_service");
        Instant created = at(issue, "created_at");
        assertThat(at(issue, "sla_due_at")).isEqualTo(created.plus(Duration.ofHours(slaHours("HIGH"))));

        changes.changeSeverity(issue, version(issue), Severity.LOW);

        Instant due = created.plus(Duration.ofHours(slaHours("LOW")));
        assertThat(slaHours("LOW")).isNotEqualTo(slaHours("HIGH"));
        assertThat(at(issue, "sla_due_at")).isEqualTo(due);
        assertThat(service.detail(issue).orElseThrow().slaDueAt()).isEqualTo(due);
        assertThat(service.auditTrail(issue).get(0).note()).isEqualTo("SLA due " + Dates.dayTime(due));
    }

    Instant at(long issue, String column) {
        return data.jdbc()
                .sql("select " + column + " from issue where id = :id")
                .param("id", issue)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }

    long slaHours(String severity) {
        return data.jdbc()
                .sql("select due_hours from sla_policy where severity = :s")
                .param("s", severity)
                .query(Long.class)
                .single();
    }

    @Test
    void rerouting_records_the_team_change_and_clears_the_assignee() {
        long issue = issueFromLowScore("reliability");
        fixtures.signIn("route.lead", Role.TEAM_LEAD, "customer_service");
        changes.assign(issue, version(issue), data.user("cs.person", Role.SPECIALIST, "customer_service"));

        changes.reroute(issue, version(issue), data.teamId("logistics"), "Delivery problem");

        assertThat(fixtures.teamOf(issue)).isEqualTo("logistics");
        assertThat(fixtures.column(issue, "assignee_id")).isNull();
        assertThat(service.detail(issue).orElseThrow().routingRuleName()).isNull();
        assertThat(fixtures.events(issue)).endsWith("TEAM Customer service->Logistics", "ASSIGNEE Test cs.person->");
    }

    @Test
    void a_manual_issue_is_validated_routed_and_credited_to_its_creator() {
        SignedInUser lead = fixtures.signIn("manual.lead", Role.TEAM_LEAD, "customer_service");

        assertThatThrownBy(() -> raising.create(new ManualIssue(account, null, null, Severity.LOW, "  ", "")))
                .hasMessage("Title: 3 to 200 characters.");
        long id = raising.create(new ManualIssue(account, null, null, Severity.LOW, "Refund promised, never paid", ""));

        assertThat(fixtures.teamOf(id)).isEqualTo("finance");
        assertThat(fixtures.column(id, "created_by")).isEqualTo(String.valueOf(lead.id()));
        assertThat(fixtures.column(id, "source")).isEqualTo("MANUAL");
    }

    @Test
    void team_metrics_count_open_overdue_and_time_to_triage_and_resolve() {
        long issue = issueFromLowScore("reliability");
        issueFromLowScore("Acme Metrics", "access");
        fixtures.signIn("metrics.lead", Role.TEAM_LEAD, "customer_service");
        clock.advance(Duration.ofHours(2));
        changes.move(issue, version(issue), IssueStatus.TRIAGED);
        clock.advance(Duration.ofHours(4));
        changes.move(issue, version(issue), IssueStatus.IN_PROGRESS);
        changes.resolve(issue, version(issue), "Fixed the cause.");
        changes.reopen(issue, version(issue), "");
        clock.advance(Duration.ofHours(100));

        var cs = service.teamMetrics().stream()
                .filter(m -> m.team().equals("Customer service"))
                .findFirst()
                .orElseThrow();

        assertThat(cs.openIssues()).isEqualTo(2);
        assertThat(cs.overdueIssues()).isEqualTo(2);
        assertThat(cs.hoursToTriage()).isEqualTo(2.0);
        assertThat(cs.reopenRate()).isEqualTo(1.0);
    }

    @Test
    void a_complaint_raises_a_routed_issue_and_the_next_complaint_attaches_to_it() {
        long first = intake.onComplaintReceived(fixtures.complaint(account, "We were overcharged on the last invoice"));
        long second = intake.onComplaintReceived(fixtures.complaint(account, "Nobody answered our email"));

        assertThat(second).isEqualTo(first);
        assertThat(fixtures.teamOf(first)).isEqualTo("finance");
        assertThat(fixtures.column(first, "source")).isEqualTo("COMPLAINT");
        assertThat(fixtures.column(first, "severity")).isEqualTo("HIGH");
        assertThat(service.evidence(first)).extracting(EvidenceItem::kind).containsExactly("Complaint", "Complaint");
    }

    @Test
    void admins_replace_the_complaint_keywords_and_comments_follow_the_new_list() {
        fixtures.signIn("keywords.admin", Role.ADMIN, null);

        routing.saveComplaintKeywords(List.of("Outage", " refund ", ""));

        assertThat(routing.complaintKeywords()).containsExactly("outage", "refund");
        assertThat(respond(9, "There was an outage last week", "access", 6)).hasSize(1);
        assertThat(respond(9, "The screen is broken", "competence", 6)).isEmpty();
        assertThatThrownBy(() -> routing.saveComplaintKeywords(List.of("x")))
                .hasMessage("Keyword \"x\": 2 to 60 characters.");
        assertThat(routing.complaintKeywords()).containsExactly("outage", "refund");
    }

    @Test
    void the_board_filters_by_team_assignee_segment_and_overdue() {
        long atRisk = issueFromLowScore("reliability"); // latest score 2, revenue at the median: at-risk
        fixtures.signIn("filter.lead", Role.TEAM_LEAD, "customer_service");
        long specialist = data.user("filter.specialist", Role.SPECIALIST, "customer_service");
        changes.assign(atRisk, version(atRisk), specialist);

        assertThat(ids(new BoardFilter(null, null, Segment.AT_RISK, false))).containsExactly(atRisk);
        assertThat(ids(new BoardFilter(null, null, Segment.GROWTH, false))).isEmpty();
        assertThat(ids(new BoardFilter(data.teamId("customer_service"), specialist, null, false)))
                .containsExactly(atRisk);
        assertThat(ids(new BoardFilter(data.teamId("finance"), null, null, false)))
                .isEmpty();
        assertThat(ids(new BoardFilter(null, null, null, true))).isEmpty();
        assertThat(service.columnCounts(new BoardFilter(null, specialist, null, false)))
                .containsEntry(IssueStatus.NEW, 1L);
    }

    List<Long> ids(BoardFilter filter) {
        return service.column(IssueStatus.NEW, filter, 0, 25).stream()
                .map(IssueCard::id)
                .toList();
    }
}
