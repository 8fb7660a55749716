package cx.touchpoint.survey.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.SurveyPattern;
import cx.touchpoint.survey.SurveyRuleException;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class SurveyTemplatesTest {

    @Autowired
    SurveyTemplates templates;

    @Autowired
    TestData data;

    IssueFixtures fixtures;

    @BeforeEach
    void signIn() {
        fixtures = new IssueFixtures(data);
        fixtures.signIn("templates.admin", Role.ADMIN, null);
    }

    @AfterEach
    void signOut() {
        IssueFixtures.signOut();
    }

    TemplateDraft draft(String name, String... questions) {
        long cue = data.cueId("reliability");
        return new TemplateDraft(
                name,
                SurveyPattern.POTENTIAL,
                null,
                "Tell us",
                true,
                true,
                java.util.Arrays.stream(questions)
                        .map(q -> new TemplateDraft.Item(cue, null, null, q))
                        .toList());
    }

    List<String> questions(long template) {
        return data.jdbc()
                .sql("select question from survey_item where template_id = :t order by position")
                .param("t", template)
                .query(String.class)
                .list();
    }

    @Test
    void an_unused_template_is_edited_in_place_and_reordered() {
        long id = templates.create(draft("Portal study", "Would you use a portal?", "Which reports matter?"));

        long saved = templates.save(id, draft("Portal study", "Which reports matter?", "Would you use a portal?"));

        assertThat(saved).isEqualTo(id);
        assertThat(questions(id)).containsExactly("Which reports matter?", "Would you use a portal?");
        // both changes are in the admin audit log, naming the questions in order (issue #23)
        assertThat(data.jdbc()
                        .sql("select action || ': ' || coalesce(before, '-') || ' => ' || after from admin_audit"
                                + " where subject = 'TEMPLATE' and subject_id = :t order by id")
                        .param("t", id)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "template created: - => Targeted study · asks likelihood to recommend · asks for a comment"
                                + " · 2 questions: 1. Would you use a portal?; 2. Which reports matter?",
                        "template edited: Targeted study · asks likelihood to recommend · asks for a comment"
                                + " · 2 questions: 1. Would you use a portal?; 2. Which reports matter?"
                                + " => Targeted study · asks likelihood to recommend · asks for a comment"
                                + " · 2 questions: 1. Which reports matter?; 2. Would you use a portal?");
    }

    @Test
    void a_template_with_answers_gets_a_new_version_and_old_answers_keep_their_wording() {
        long id = templates.create(draft("Portal study", "Would you use a portal?"));
        long account = fixtures.account("Template Co");
        long response = data.response(id, account, "POTENTIAL", null, Instant.parse("2026-05-01T10:00:00Z"), "");
        long item = data.jdbc()
                .sql("select id from survey_item where template_id = " + id)
                .query(Long.class)
                .single();
        data.answer(response, item, 5, 5);

        long next = templates.save(id, draft("Portal study", "Would you use a self-service portal?"));

        assertThat(next).isNotEqualTo(id);
        assertThat(questions(next)).containsExactly("Would you use a self-service portal?");
        assertThat(questions(id)).containsExactly("Would you use a portal?");
        assertThat(templates.templates())
                .filteredOn(t -> t.id() == id)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.retiredAt()).isNotNull();
                    assertThat(t.name()).startsWith("Portal study (until ");
                });
        assertThat(data.jdbc()
                        .sql("select replaces_id from survey_template where id = " + next)
                        .query(Long.class)
                        .single())
                .isEqualTo(id);
    }

    @Test
    void bad_templates_are_refused_with_every_reason_and_nothing_is_stored() {
        long before = data.jdbc()
                .sql("select count(*) from survey_template")
                .query(Long.class)
                .single();
        var tooMany = IntStream.rangeClosed(1, 26)
                .mapToObj(i -> "Question number " + i)
                .toArray(String[]::new);
        var transaction = new TemplateDraft(
                "After delivery",
                SurveyPattern.PAST,
                null,
                "",
                false,
                false,
                List.of(new TemplateDraft.Item(data.cueId("reliability"), null, null, "On time?")));

        assertThatThrownBy(() -> templates.create(draft("X", tooMany)))
                .isInstanceOf(SurveyRuleException.class)
                .hasMessageContaining("the name must have 2 to 120 characters")
                .hasMessageContaining("a survey has 1 to 25 questions");
        assertThatThrownBy(() -> templates.create(transaction))
                .isInstanceOf(SurveyRuleException.class)
                .hasMessageContaining("a transaction survey is about one touch point");
        assertThatThrownBy(() -> templates.create(draft("Empty question", "Hm")))
                .hasMessageContaining("question 1 must have 5 to 300 characters");
        // a count in words goes wrong once a customer removes a question (issue 18 D21)
        var counted = draft("Counted study", "How quick are we?");
        assertThatThrownBy(() -> templates.create(new TemplateDraft(
                        counted.name(),
                        counted.pattern(),
                        null,
                        "Six questions, it takes two minutes.",
                        true,
                        true,
                        counted.items())))
                .isInstanceOf(SurveyRuleException.class)
                .hasMessageContaining("the introduction says \"Six questions\": write {questions} or {minutes}");
        assertThat(data.jdbc()
                        .sql("select count(*) from survey_template")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void only_admins_manage_templates() {
        fixtures.signIn("templates.ae", Role.ACCOUNT_EXECUTIVE, null);
        assertThatThrownBy(() -> templates.create(draft("Sneaky study", "A fine question?")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
