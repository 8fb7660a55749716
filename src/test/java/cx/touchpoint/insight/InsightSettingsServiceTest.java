package cx.touchpoint.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@DatabaseTest
class InsightSettingsServiceTest {

    @Autowired
    InsightSettingsService service;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_defaults_are_95_percent_minimum_n_30_and_50_responses_for_drivers() {
        data.signIn("insight.reader", Role.EXECUTIVE);
        InsightSettings s = service.settings();
        assertThat(s.confidencePercent()).isEqualTo(95);
        assertThat(s.minN()).isEqualTo(30);
        assertThat(s.minDriverResponses()).isEqualTo(50);
    }

    @Test
    void an_admin_changes_them_and_the_audit_log_says_from_what_to_what() {
        data.signIn("insight.admin", Role.ADMIN);
        InsightSettings before = service.settings();
        InsightSettings after = service.update(new InsightSettings(99, 40, 80, before.version()));
        assertThat(after.level()).isEqualTo(ConfidenceLevel.P99);
        assertThat(after.minN()).isEqualTo(40);
        String audited = jdbc.sql("select before || ' -> ' || after from admin_audit"
                        + " where subject_name = 'Confidence and key drivers' order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(audited)
                .isEqualTo("95 % confidence, minimum n 30, key drivers from 50 complete responses -> 99 % confidence,"
                        + " minimum n 40, key drivers from 80 complete responses");
        service.update(new InsightSettings(95, 30, 50, after.version()));
    }

    @Test
    void bad_values_are_refused_beside_their_field_and_nothing_is_stored() {
        data.signIn("insight.admin2", Role.ADMIN);
        InsightSettings before = service.settings();
        assertThatThrownBy(() -> service.update(new InsightSettings(80, 1, 5, before.version())))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(InvalidInput.Problem::field)
                        .containsExactlyInAnyOrder("confidencePercent", "minN", "minDriverResponses"));
        assertThat(service.settings()).isEqualTo(before);
        assertThatThrownBy(() -> service.update(new InsightSettings(90, 30, 50, before.version() - 1)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Someone else changed these settings");
    }

    @Test
    void only_admins_change_them() {
        data.signIn("insight.exec", Role.EXECUTIVE);
        InsightSettings before = service.settings();
        assertThatThrownBy(() -> service.update(new InsightSettings(90, 30, 50, before.version())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
