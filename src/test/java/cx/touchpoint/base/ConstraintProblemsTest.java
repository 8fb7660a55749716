package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import cx.touchpoint.base.InvalidInput.Problem;
import cx.touchpoint.testsupport.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** A constraint the real PostgreSQL enforces becomes a problem beside the field; any other failure does not. */
@DatabaseTest
class ConstraintProblemsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_duplicate_team_name_is_named_beside_the_name() {
        refused("insert into team (code, name, business_function) values ('one_a', 'Dup team', 'Fixing')");

        var problem =
                problem("insert into team (code, name, business_function) values ('one_b', 'Dup team', 'Fixing')");

        assertThat(problem).isEqualTo(new Problem("name", "Another team has this name."));
    }

    @Test
    void a_promise_worded_with_blanks_is_named_beside_the_wording() {
        long standard = jdbc.sql("insert into service_standard (code, name, cue_id, unit, direction, target_value)"
                        + " values ('c_std', 'C standard', (select min(id) from perception_cue), '%',"
                        + " 'HIGHER_IS_BETTER', 98) returning id")
                .query(Long.class)
                .single();

        var problem = problem("insert into standard_promise (standard_id, promised_value, wording, channel, valid_from)"
                + " values (" + standard + ", 99, ' ', 'CONTRACT', date '2026-01-01')");

        assertThat(problem).isEqualTo(new Problem("wording", "The wording needs 2 to 200 characters."));
    }

    @Test
    void constraints_without_a_written_message_still_name_their_column() {
        assertThat(problem("insert into vertical_market (name, market_group) values ('A', 'Industry')"))
                .isEqualTo(new Problem("name", "Not an accepted value here."));
        assertThat(problem("insert into vertical_market (name, market_group) values ('Retail', null)"))
                .isEqualTo(new Problem("marketGroup", "Required."));
        refused("insert into location (region, country) values ('Atlantis', 'Poseidonia')");
        assertThat(problem("insert into location (region, country) values ('Atlantis', 'Poseidonia')"))
                .isEqualTo(new Problem("country", "This region already has this country."));
        assertThat(ConstraintProblems.of(new IllegalStateException("not a constraint")))
                .isEmpty();
    }

    /** Runs the statement (in a savepoint, so the test's transaction stays usable) and translates its failure. */
    private Problem problem(String sql) {
        var failure = catchRuntimeException(() -> refused(sql));
        assertThat(failure).as("the database should refuse: " + sql).isNotNull();
        var refused = ConstraintProblems.of(failure).orElseThrow();
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().get(0);
    }

    private void refused(String sql) {
        var nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        nested.executeWithoutResult(status -> jdbc.sql(sql).update());
    }
}
