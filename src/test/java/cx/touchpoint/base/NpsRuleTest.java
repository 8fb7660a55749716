package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.testsupport.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who is a detractor or a promoter is one rule: the SQL functions {@code nps_detractor} and {@code nps_promoter},
 * which every query and summary counts with, and the Java constants {@link Nps#DETRACTOR_MAX} and
 * {@link Nps#PROMOTER_MIN} name the same answers.
 */
@DatabaseTest
class NpsRuleTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_java_constants_name_the_answers_the_sql_functions_classify() {
        for (int answer = 0; answer <= 10; answer++) {
            boolean detractor = jdbc.sql("select nps_detractor(:a)")
                    .param("a", answer)
                    .query(Boolean.class)
                    .single();
            boolean promoter = jdbc.sql("select nps_promoter(:a)")
                    .param("a", answer)
                    .query(Boolean.class)
                    .single();
            assertThat(detractor).as("detractor %d", answer).isEqualTo(answer <= Nps.DETRACTOR_MAX);
            assertThat(detractor).as("detractor %d", answer).isEqualTo(Nps.detractor(answer));
            assertThat(promoter).as("promoter %d", answer).isEqualTo(answer >= Nps.PROMOTER_MIN);
        }
        assertThat(Nps.DETRACTOR_MAX).isEqualTo(6);
        assertThat(Nps.PROMOTER_MIN).isEqualTo(9);
    }
}
