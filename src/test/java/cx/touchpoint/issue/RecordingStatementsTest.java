package cx.touchpoint.issue;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.security.Role;
import cx.touchpoint.survey.NewResponse;
import cx.touchpoint.survey.RecordedResponse;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.StatementCounter;
import cx.touchpoint.testsupport.TestData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Recording a response costs a fixed handful of statements plus a few per issue it raises or attaches
 * to: the open-issue lookups, verification lookups, route names, SLA policy and webhook subscribers are
 * read once per response, not once per signal, issue or answered cue.
 */
@DatabaseTest
@Import(StatementCounter.class)
class RecordingStatementsTest {

    @Autowired
    ResponseService responses;

    @Autowired
    StatementCounter counter;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        IssueFixtures.signOut();
    }

    @Test
    void a_detractor_with_six_low_cues_costs_a_fixed_handful_plus_a_few_statements_per_issue() {
        var fixtures = new IssueFixtures(data);
        fixtures.signIn("statements.admin", Role.ADMIN, null);
        long template = data.relationshipTemplate("Statements test");
        long account = fixtures.account("Statements Ltd");
        List<NewResponse.Answer> low = data
                .jdbc()
                .sql("select id from survey_item where template_id = :t order by position")
                .param("t", template)
                .query(Long.class)
                .list()
                .stream()
                .map(item -> new NewResponse.Answer(item, 6, 2))
                .toList();
        var detractor = new NewResponse(
                template, account, null, null, null, null, NewResponse.Channel.API, 3, "Late again", null, low);
        RecordedResponse[] recorded = new RecordedResponse[2];

        long raising = counter.count(() -> recorded[0] = responses.record(detractor));
        long attaching = counter.count(() -> recorded[1] = responses.record(detractor));

        int issues = recorded[0].issueIds().size();
        System.out.println("Statements: raising " + issues + " issues " + raising + ", attaching " + attaching);
        // six low cues (customer service), "late" (logistics), the detractor (account management): one
        // issue per team, not one per question
        assertThat(issues).isEqualTo(3);
        assertThat(recorded[1].issueIds()).containsExactlyInAnyOrderElementsOf(recorded[0].issueIds());
        // per signal its route (8); per issue raised: the issue, its audit line, its evidence; the SLA
        // policy and the webhook subscribers are read once
        assertThat(raising).isLessThanOrEqualTo(16 + 8 + 3L * issues);
        // per issue attached to: the evidence, the issue read and saved with its new title, the audit line
        assertThat(attaching).isLessThanOrEqualTo(14 + 8 + 4L * issues);
    }
}
