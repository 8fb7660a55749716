package cx.touchpoint.base.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.testsupport.TcpProxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The replica routing with a "replica" that is a second, read-only way into the test PostgreSQL (its own
 * application name, {@code default_transaction_read_only}) through a relay the test can cut: a second PostgreSQL
 * cluster is not available in the build (docker/cluster/run-local.sh runs a real streaming replica).
 */
@SpringBootTest
@Import(ReplicaRoutingTest.Reads.class)
class ReplicaRoutingTest {

    static final String REPLICA = "touchpoint-replica";
    static final String PRIMARY = "touchpoint-primary";
    private static final TcpProxy RELAY = TcpProxy.to("127.0.0.1", 5432);

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:5432/postgres?ApplicationName=" + PRIMARY);
        registry.add(
                "spring.datasource.replica.url",
                () -> "jdbc:postgresql://127.0.0.1:" + RELAY.port() + "/postgres?ApplicationName=" + REPLICA
                        + "&options=-c%20default_transaction_read_only=on");
        registry.add("spring.datasource.replica.max-lag", () -> "10s");
        registry.add("spring.datasource.replica.check-interval", () -> "200ms");
    }

    /** The lag the test says, or the real measure (zero: the "replica" is not in recovery). */
    static final AtomicReference<ReplicaLag.Measure> FORCED_LAG = new AtomicReference<>();

    @TestConfiguration
    static class Reads {
        @Bean
        ReplicaLag replicaLag() {
            var real = new WalReplayLag();
            return (primary, replica, now) -> {
                var measure = real.measure(primary, replica, now); // reaches both, or throws
                return Optional.ofNullable(FORCED_LAG.get()).orElse(measure);
            };
        }

        @Bean
        Dashboard dashboard(JdbcClient jdbc, FiguresAsOf asOf) {
            return new Dashboard(jdbc, asOf);
        }

        @Bean
        Form form(JdbcClient jdbc) {
            return new Form(jdbc);
        }
    }

    /** Which server a read reached, and what the figures' moment is. */
    record Served(String server, Optional<Instant> asOf) {}

    @ReadsFromReplica
    @Transactional(readOnly = true)
    static class Dashboard {
        private final JdbcClient jdbc;
        private final FiguresAsOf asOf;

        Dashboard(JdbcClient jdbc, FiguresAsOf asOf) {
            this.jdbc = jdbc;
            this.asOf = asOf;
        }

        public Served figures() {
            String server = jdbc.sql("select current_setting('application_name')")
                    .query(String.class)
                    .single();
            return new Served(server, asOf.current());
        }

        @ReadsFromReplica(false)
        public String form() {
            return jdbc.sql("select current_setting('application_name')")
                    .query(String.class)
                    .single();
        }

        @Transactional
        public String write() {
            jdbc.sql("create temporary table if not exists replica_routing_probe (n int)")
                    .update();
            jdbc.sql("insert into replica_routing_probe values (1)").update();
            return jdbc.sql(
                            "select current_setting('application_name') || ' ' || current_setting('transaction_read_only')")
                    .query(String.class)
                    .single();
        }
    }

    /** A read-only screen that must see what was just written: no mark, so the primary. */
    @Transactional(readOnly = true)
    static class Form {
        private final JdbcClient jdbc;

        Form(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        public String server() {
            return jdbc.sql("select current_setting('application_name')")
                    .query(String.class)
                    .single();
        }
    }

    @Autowired
    Dashboard dashboard;

    @Autowired
    Form form;

    @Autowired
    ReplicaReads replica;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void replicaBack() {
        FORCED_LAG.set(null);
        RELAY.start();
        awaitStanding(true);
    }

    @AfterAll
    static void closeRelay() {
        RELAY.close();
    }

    @Test
    void dashboardReadsGoToTheReplicaEverythingElseToThePrimary() {
        awaitStanding(true);

        assertThat(dashboard.figures()).isEqualTo(new Served(REPLICA, Optional.empty()));
        assertThat(dashboard.form()).isEqualTo(PRIMARY);
        assertThat(form.server()).isEqualTo(PRIMARY);
        assertThat(dashboard.write()).isEqualTo(PRIMARY + " off");
        assertThat(JdbcClient.create(dataSource)
                        .sql("select current_setting('application_name')")
                        .query(String.class)
                        .single())
                .as("outside any transaction")
                .isEqualTo(PRIMARY);
        assertThat(replica.standing().words()).isEqualTo("up to date");
    }

    @Test
    void theReplicaRefusesWritesSoTheyNeverReachIt() {
        assertThatThrownBy(() -> JdbcClient.create(replicaPool())
                        .sql("create table replica_routing_refused (n int)")
                        .update())
                .hasMessageContaining("read-only transaction");
    }

    @Test
    void aReplicaBehindButWithinTheLimitServesAndSaysTheMomentItShows() {
        Instant replayed = Instant.now().minusSeconds(3);
        FORCED_LAG.set(new ReplicaLag.Measure(Duration.ofSeconds(3), replayed));
        awaitStanding(true);
        replica.check();

        assertThat(dashboard.figures()).isEqualTo(new Served(REPLICA, Optional.of(replayed)));
        assertThat(replica.standing().words()).isEqualTo("3.0 s behind");
    }

    @Test
    void aReplicaFurtherBehindThanTheLimitIsLeftForThePrimary() {
        FORCED_LAG.set(
                new ReplicaLag.Measure(Duration.ofSeconds(60), Instant.now().minusSeconds(60)));
        replica.check();

        assertThat(replica.standing().usable()).isFalse();
        assertThat(replica.standing().words()).isEqualTo("60.0 s behind, more than the 10 s allowed");
        assertThat(dashboard.figures()).isEqualTo(new Served(PRIMARY, Optional.empty()));

        FORCED_LAG.set(null);
        replica.check();
        assertThat(dashboard.figures().server()).isEqualTo(REPLICA);
    }

    @Test
    void aReplicaThatGoesDownNeverBreaksAPageAndIsUsedAgainWhenBack() {
        awaitStanding(true);
        assertThat(dashboard.figures().server()).isEqualTo(REPLICA);

        RELAY.stop();
        // before any check has noticed: the pool's connection is dead, a new one refused, the primary serves
        assertThat(dashboard.figures()).isEqualTo(new Served(PRIMARY, Optional.empty()));
        assertThat(replica.standing().usable()).isFalse();
        assertThat(replica.standing().words()).startsWith("unreachable");
        assertThat(dashboard.figures().server()).isEqualTo(PRIMARY);

        RELAY.start();
        awaitStanding(true);
        assertThat(dashboard.figures().server()).isEqualTo(REPLICA);
    }

    private DataSource replicaPool() {
        return new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:5432/postgres?options=-c%20default_transaction_read_only=on",
                "postgres", "");
    }

    private void awaitStanding(boolean usable) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (replica.standing().usable() != usable && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(replica.standing().usable()).as(replica.standing().words()).isEqualTo(usable);
    }
}
