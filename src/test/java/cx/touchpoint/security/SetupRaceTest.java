package cx.touchpoint.security;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.base.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #19 finding 5: two simultaneous submissions of the one-time setup link made two admins. Runs in a schema
 * of its own with no user (its transactions commit), two threads submitting at the same moment.
 */
@SpringBootTest(properties = "touchpoint.db.schema=${touchpoint.test.run-schema}_setup_race")
class SetupRaceTest {

    @Autowired
    FirstAdmin firstAdmin;

    @Autowired
    SetupToken setupToken;

    @Autowired
    JdbcClient jdbc;

    @Test
    void two_simultaneous_setups_make_exactly_one_admin() throws Exception {
        assertThat(firstAdmin.needed()).isTrue();
        String token = setupToken.renew();
        var start = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String name : List.of("racer.one", "racer.two")) {
            Callable<String> setup = () -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    firstAdmin.createWithToken(
                            token,
                            new UserForm(name, "Racer " + name, name + "@example.com", Role.ADMIN, null),
                            "tall ships sail far",
                            "tall ships sail far");
                    return "created";
                } catch (InvalidInput refused) {
                    return refused.getMessage();
                }
            };
            outcomes.add(pool.submit(setup));
        }
        List<String> results = new ArrayList<>();
        for (var outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).containsOnlyOnce("created");
        assertThat(results).anySatisfy(r -> assertThat(r).contains("already set up"));
        assertThat(jdbc.sql("select count(*) from app_user where role = 'ADMIN'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
