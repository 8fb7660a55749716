package cx.touchpoint.issue;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.testsupport.DatabaseTest;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit trail's kinds are one closed set: the enum and the schema's CHECK constraint name the same. */
@DatabaseTest
class AuditKindTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_enum_names_exactly_the_kinds_the_schema_allows() {
        String check = jdbc.sql(
                        """
                select pg_get_constraintdef(c.oid) from pg_constraint c
                where c.conname = 'issue_event_kind_check' and c.connamespace = current_schema()::regnamespace
                """)
                .query(String.class)
                .single();
        var allowed = Pattern.compile("'([A-Z_]+)'")
                .matcher(check)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(allowed)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(AuditKind.values()).map(Enum::name).toList());
    }

    @Test
    void every_kind_has_a_label_in_words() {
        assertThat(AuditKind.values())
                .allSatisfy(kind -> assertThat(kind.label()).doesNotContain("_"));
        assertThat(AuditKind.TEAM.label()).isEqualTo("Re-routed");
    }
}
