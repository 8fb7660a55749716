package cx.touchpoint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.admin.ReferenceAdministration;
import cx.touchpoint.admin.ReferenceInput;
import cx.touchpoint.admin.ReferenceKind;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.SingleLine;
import cx.touchpoint.survey.SurveyPattern;
import cx.touchpoint.survey.SurveyRuleException;
import cx.touchpoint.survey.template.SurveyTemplates;
import cx.touchpoint.survey.template.TemplateDraft;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #19 finding 10, second half: user full names and template names took CR/LF. Names are one line, by one rule
 * ({@link SingleLine}) in every form and in the schema; nothing is stored.
 */
@DatabaseTest
class NamesAreOneLineTest {

    @Autowired
    UserAdministration users;

    @Autowired
    SurveyTemplates templates;

    @Autowired
    ReferenceAdministration reference;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        SecurityFixtures.signIn(data, "oneline.admin", Role.ADMIN, null);
    }

    @AfterEach
    void signOut() {
        SecurityFixtures.signOut();
    }

    @Test
    void the_rule_refuses_line_breaks_tabs_and_other_controls_and_keeps_ordinary_text() {
        for (String bad :
                List.of("Ann\r\nBcc: x@evil.example", "Ann\nLee", "Ann\tLee", "Ann\u0085Lee", "A\u2028B", "A\u007fB")) {
            assertThat(SingleLine.Check.refuses(bad)).as(bad).isTrue();
        }
        for (String fine : List.of("Zoë O'Brien-Łukasz", "株式会社 Touchpoint", "Ann & Lee <Ltd>", "")) {
            assertThat(SingleLine.Check.refuses(fine)).as(fine).isFalse();
        }
    }

    @Test
    void a_user_full_name_with_a_line_break_is_refused_beside_its_field() {
        assertThatThrownBy(() -> users.create(
                        new UserForm("crlf.user", "Carl\r\nAdmin", "crlf.user@example.com", Role.EXECUTIVE, null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("fullName");
                            assertThat(p.message()).contains("one line");
                        }));
        assertThat(jdbc.sql("select count(*) from app_user where username = 'crlf.user'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_template_name_and_a_reference_name_with_control_characters_are_refused() {
        long cue = data.cueId("reliability");
        var draft = new TemplateDraft(
                "Quarterly\nsurvey",
                SurveyPattern.POTENTIAL,
                null,
                "Tell us",
                true,
                true,
                List.of(new TemplateDraft.Item(cue, null, null, "How reliable were we?")));
        assertThatThrownBy(() -> templates.create(draft))
                .isInstanceOf(SurveyRuleException.class)
                .hasMessageContaining("the name must be one line");

        assertThatThrownBy(() -> reference.create(ReferenceKind.SERVICE_PLATFORM, ReferenceInput.named("Web\tportal")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("one line");
    }

    @Test
    void the_schema_refuses_them_too() {
        assertThatThrownBy(() -> jdbc.sql("update app_user set full_name = 'Bad' || chr(10) || 'Name'"
                                + " where username = 'oneline.admin'")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("app_user_full_name_one_line");
    }

    @Test
    void the_schema_refuses_them_in_reference_data() {
        assertThatThrownBy(() -> jdbc.sql("insert into service_platform (name) values ('Bad' || chr(13) || 'Platform')")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("service_platform_name_one_line");
    }
}
