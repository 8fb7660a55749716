package cx.touchpoint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.base.FieldProblem;
import cx.touchpoint.base.InvalidInputException;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.survey.ExternalResponse;
import cx.touchpoint.survey.ExternalResponses;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue #9: the CSV import (which checks rows with {@code ExternalResponses.problems}), {@code POST /responses}
 * and {@code POST /events} name accounts, contacts and touch points by one rule ({@code ExternalReferences}):
 * the same inputs resolve alike, and the same bad inputs are refused alike.
 */
@DatabaseTest
class SameLookupAcrossChannelsTest {

    @Autowired
    ExternalResponses responses;

    @Autowired
    ApiRequests api;

    @Autowired
    TestData data;

    long ae;
    long otherAe;

    @BeforeEach
    void setUp() {
        ae = data.user("lookup.ae", Role.ACCOUNT_EXECUTIVE);
        otherAe = data.user("lookup.other", Role.ACCOUNT_EXECUTIVE);
        long account = data.account("Lookup Freight", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        long other = data.account("Other Lookup", otherAe, new BigDecimal("100000"), new BigDecimal("100000"));
        data.jdbc()
                .sql("update account set external_id = case id when :a then 'LOOK-1' else 'LOOK-2' end"
                        + " where id in (:a, :o)")
                .param("a", account)
                .param("o", other)
                .update();
        long contact = data.contact(account, "Mia Lookup");
        data.jdbc()
                .sql("update contact set email = 'Mia@Lookup.test' where id = :id")
                .param("id", contact)
                .update();
        long template = data.jdbc()
                .sql("insert into survey_template (name, pattern, touch_point_id, asks_nps) values ('Lookup delivery',"
                        + " 'PAST', (select id from touch_point where code = 'delivery'), true) returning id")
                .query(Long.class)
                .single();
        data.jdbc()
                .sql("insert into survey_item (template_id, position, cue_id, question) values (:t, 1,"
                        + " (select id from perception_cue where code = 'reliability'), 'On time?')")
                .param("t", template)
                .update();
        signIn(ae, "lookup.ae");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signIn(long id, String username) {
        var user = new SignedInUser(id, username, "Test " + username, Role.ACCOUNT_EXECUTIVE, null, "");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    String deliveryName() {
        return data.jdbc()
                .sql("select name from touch_point where code = 'delivery'")
                .query(String.class)
                .single();
    }

    List<FieldProblem> responseProblems(String account, String email, String touchPoint) {
        return responses.problems(new ExternalResponse(
                null,
                account,
                email,
                "PAST",
                touchPoint,
                TestClockConfig.START,
                9,
                "",
                null,
                List.of(new ExternalResponse.Answer("Reliability", 6, 6, null, null))));
    }

    List<FieldProblem> eventProblems(String account, String email, String touchPoint) {
        try {
            api.recordEvent(
                    new ApiRequests.TouchPointEvent(account, email, touchPoint, Instant.parse("2026-05-13T08:00:00Z")));
            return List.of();
        } catch (InvalidInputException e) {
            return e.fieldProblems();
        }
    }

    @Test
    void a_touch_point_by_code_or_name_in_any_case_and_an_email_in_any_case_resolve_in_every_channel() {
        for (String touchPoint :
                List.of("delivery", "DELIVERY", deliveryName(), deliveryName().toUpperCase())) {
            assertThat(responseProblems("LOOK-1", "mia@lookup.TEST", touchPoint))
                    .as("import/API response with touch point " + touchPoint)
                    .isEmpty();
            assertThat(eventProblems("LOOK-1", "mia@lookup.TEST", touchPoint))
                    .as("API event with touch point " + touchPoint)
                    .isEmpty();
        }
    }

    @Test
    void an_unknown_touch_point_a_stranger_and_another_book_are_refused_alike() {
        assertThat(responseProblems("LOOK-1", "nobody@lookup.test", "teleport"))
                .extracting(FieldProblem::field)
                .contains("contactEmail", "touchPoint");
        assertThat(eventProblems("LOOK-1", "nobody@lookup.test", "teleport"))
                .extracting(FieldProblem::field)
                .containsExactly("contactEmail", "touchPoint");

        assertThat(responseProblems("LOOK-2", null, "delivery"))
                .extracting(FieldProblem::field, FieldProblem::message)
                .contains(org.assertj.core.groups.Tuple.tuple("accountExternalId", "names no account (of your book)"));
        assertThat(eventProblems("LOOK-2", null, "delivery"))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("accountExternalId", "names no account (of your book)"));

        signIn(otherAe, "lookup.other");
        assertThat(responseProblems("LOOK-2", null, "delivery")).isEmpty();
        assertThat(eventProblems("LOOK-2", null, "delivery")).isEmpty();
        assertThatThrownBy(() -> api.recordEvent(new ApiRequests.TouchPointEvent("LOOK-1", null, "delivery", null)))
                .isInstanceOf(InvalidInputException.class);
    }
}
