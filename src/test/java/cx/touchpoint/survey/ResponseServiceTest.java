package cx.touchpoint.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class ResponseServiceTest {

    @Autowired
    ResponseService service;

    @Autowired
    TestData data;

    @Autowired
    PlatformTransactionManager transactions;

    IssueFixtures fixtures;
    long template;
    long account;

    @BeforeEach
    void setUp() {
        fixtures = new IssueFixtures(data);
        template = data.relationshipTemplate("Response service test");
        account = fixtures.account("Acme Response");
    }

    List<NewResponse.Answer> allAnswers(int experienced) {
        return Stream.of(
                        "competence",
                        "reliability",
                        "responsiveness",
                        "transaction_security",
                        "trustworthiness",
                        "access")
                .map(cue -> new NewResponse.Answer(data.itemId(template, cue), 6, experienced))
                .toList();
    }

    NewResponse response(Integer nps, String comment, List<NewResponse.Answer> answers) {
        return new NewResponse(
                template, account, null, null, null, null, NewResponse.Channel.API, nps, comment, null, answers);
    }

    @Test
    void a_detractor_response_is_stored_and_raises_a_routed_issue_with_the_response_as_evidence() {
        var recorded = service.record(response(3, "The invoice was wrong again.", allAnswers(5)));

        assertThat(fixtures.count("select count(*) from response_answer where response_id = " + recorded.responseId()))
                .isEqualTo(6);
        // the comment reaches finance by its keyword; the detractor answer the account's own team
        assertThat(recorded.issueIds()).hasSize(2);
        assertThat(recorded.issueIds().stream().map(fixtures::teamOf))
                .containsExactlyInAnyOrder("finance", "account_management");
        long issue = recorded.issueIds().stream()
                .filter(id -> fixtures.teamOf(id).equals("finance"))
                .findFirst()
                .orElseThrow();
        assertThat(fixtures.column(issue, "source")).isEqualTo("RESPONSE");
        assertThat(fixtures.column(issue, "routing_rule_id")).isNotNull();
        assertThat(fixtures.count("select count(*) from issue_evidence where issue_id = " + issue
                        + " and response_id = " + recorded.responseId()))
                .isEqualTo(1);
        assertThat(fixtures.events(issue)).containsExactly("CREATED ->NEW");
    }

    @Test
    void when_raising_the_issue_fails_the_response_is_not_stored_either() {
        // score 1 -> a HIGH issue; without an SLA policy for HIGH the issue cannot be raised
        data.jdbc().sql("delete from sla_policy where severity = 'HIGH'").update();
        long before = fixtures.count("select count(*) from survey_response");
        var savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);

        assertThatThrownBy(
                        () -> savepoint.executeWithoutResult(status -> service.record(response(8, "", allAnswers(1)))))
                .hasMessageContaining("No SLA policy");

        assertThat(fixtures.count("select count(*) from survey_response")).isEqualTo(before);
        assertThat(fixtures.count("select count(*) from response_answer")).isZero();
        assertThat(fixtures.count("select count(*) from issue")).isZero();
    }

    static Stream<Arguments> invalidResponses() {
        Function<ResponseServiceTest, NewResponse> scoreTooHigh =
                t -> t.response(8, "", List.of(new NewResponse.Answer(t.data.itemId(t.template, "reliability"), 6, 8)));
        Function<ResponseServiceTest, NewResponse> scoreZero =
                t -> t.response(8, "", List.of(new NewResponse.Answer(t.data.itemId(t.template, "reliability"), 0, 5)));
        Function<ResponseServiceTest, NewResponse> npsEleven = t -> t.response(11, "", t.allAnswers(5));
        Function<ResponseServiceTest, NewResponse> longComment = t -> t.response(8, "x".repeat(4001), List.of());
        Function<ResponseServiceTest, NewResponse> foreignItem = t -> t.response(
                8,
                "",
                List.of(new NewResponse.Answer(
                        t.data.itemId(t.data.relationshipTemplate("Other template"), "access"), 5, 5)));
        Function<ResponseServiceTest, NewResponse> duplicate = t -> t.response(
                8,
                "",
                List.of(
                        new NewResponse.Answer(t.data.itemId(t.template, "access"), 5, 5),
                        new NewResponse.Answer(t.data.itemId(t.template, "access"), 5, 2)));
        Function<ResponseServiceTest, NewResponse> noTemplate = t -> new NewResponse(
                -1, t.account, null, null, null, null, NewResponse.Channel.IMPORT, 5, "", null, List.of());
        Function<ResponseServiceTest, NewResponse> empty = t -> t.response(null, "  ", List.of());
        return Stream.of(
                Arguments.of("experienced 8", scoreTooHigh, "experienced score of item"),
                Arguments.of("expected 0", scoreZero, "must be 1 to 7, was 0"),
                Arguments.of("NPS 11", npsEleven, "must be 0 to 10, was 11"),
                Arguments.of("comment 4001", longComment, "at most 4000"),
                Arguments.of("foreign item", foreignItem, "does not belong to this survey template"),
                Arguments.of("duplicate item", duplicate, "answered more than once"),
                Arguments.of("no template", noTemplate, "survey template #-1 does not exist"),
                Arguments.of("empty", empty, "the response is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidResponses")
    void bad_input_is_rejected_with_a_clear_message_and_nothing_is_stored(
            String name, Function<ResponseServiceTest, NewResponse> input, String message) {
        NewResponse bad = input.apply(this);

        assertThatThrownBy(() -> service.record(bad))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining(message)
                .hasMessageStartingWith("The response was not stored");

        assertThat(fixtures.count("select count(*) from survey_response")).isZero();
        assertThat(fixtures.count("select count(*) from response_answer")).isZero();
        assertThat(fixtures.count("select count(*) from issue")).isZero();
    }

    @Test
    void an_invitation_takes_one_response_only() {
        long wave = data.jdbc()
                .sql("insert into survey_wave (template_id, name, opens_on, closes_on)"
                        + " values (:t, 'Wave for invitation test', current_date, current_date + 30) returning id")
                .param("t", template)
                .query(Long.class)
                .single();
        long contact = data.contact(account, "Ivy Invited");
        long invitation = data.jdbc()
                .sql("insert into survey_invitation (wave_id, template_id, contact_id, token_hash, created_at)"
                        + " values (:w, :t, :c, repeat('a', 64), now()) returning id")
                .param("w", wave)
                .param("t", template)
                .param("c", contact)
                .query(Long.class)
                .single();
        var answer = new NewResponse(
                template,
                account,
                contact,
                wave,
                invitation,
                null,
                NewResponse.Channel.SURVEY_LINK,
                9,
                "",
                null,
                allAnswers(6));

        service.record(answer);

        assertThatThrownBy(() -> service.record(answer))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("invitation #" + invitation + " has already been answered");
        assertThat(fixtures.count("select count(*) from survey_response")).isEqualTo(1);
    }
}
