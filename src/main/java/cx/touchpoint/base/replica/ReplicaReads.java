package cx.touchpoint.base.replica;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The read replica beside the primary: its pool, its standing (checked every {@code check-interval} on a thread of
 * its own, so a busy scheduler never leaves it unchecked) and the DataSource that read-only transactions take their
 * connection from ({@link #readOnlyTarget()}). That DataSource hands out a replica connection only inside a {@link
 * ReadsFromReplica} call and only while the replica is usable; otherwise, and whenever the replica refuses a
 * connection, a primary one — so a replica that is down or far behind never breaks a page.
 */
public class ReplicaReads implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaReads.class);

    private final DataSource primary;
    private final HikariDataSource replica;
    private final ReplicaLag lag;
    private final Duration maxLag;
    private final Clock clock;
    private final ScheduledExecutorService checks;
    private final AtomicLong servedByReplica = new AtomicLong();
    private final AtomicLong servedByPrimary = new AtomicLong();
    private volatile ReplicaStanding standing;

    ReplicaReads(
            DataSource primary,
            HikariDataSource replica,
            ReplicaLag lag,
            Duration maxLag,
            Duration checkInterval,
            Clock clock) {
        this.primary = primary;
        this.replica = replica;
        this.lag = lag;
        this.maxLag = maxLag;
        this.clock = clock;
        this.standing = ReplicaStanding.notYetChecked(clock.instant());
        this.checks = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "replica-check");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::check, 0, checkInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The replica's standing as last checked. */
    public ReplicaStanding standing() {
        return standing;
    }

    /** Read-only transactions served by the replica and by the primary (a replica call that fell back) since start. */
    public long servedByReplica() {
        return servedByReplica.get();
    }

    public long servedByPrimary() {
        return servedByPrimary.get();
    }

    /** Measures the lag now and updates the standing; logs when the replica starts or stops serving. */
    public ReplicaStanding check() {
        ReplicaStanding found;
        try {
            found = ReplicaStanding.measured(lag.measure(primary, replica, clock.instant()), maxLag, clock.instant());
        } catch (SQLException | RuntimeException e) {
            found = ReplicaStanding.unreachable(clock.instant(), String.valueOf(e.getMessage()));
        }
        update(found);
        return found;
    }

    private void update(ReplicaStanding found) {
        ReplicaStanding before = standing;
        standing = found;
        if (found.usable() && !before.usable()) {
            log.info("Read replica serves the dashboards' reads ({})", found.words());
        } else if (!found.usable() && before.usable()) {
            log.warn("Read replica not used, the primary serves every read: {}", found.words());
        }
    }

    /** A read on the replica failed (it went away under a transaction): not used until a check finds it fit. */
    void failed(RuntimeException e) {
        update(ReplicaStanding.unreachable(clock.instant(), String.valueOf(e.getMessage())));
    }

    /** Where read-only transactions take their connection (Spring's LazyConnectionDataSourceProxy asks it). */
    DataSource readOnlyTarget() {
        return new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return readOnlyConnection();
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return readOnlyConnection();
            }
        };
    }

    private Connection readOnlyConnection() throws SQLException {
        ReplicaStanding now = standing;
        if (ReplicaScope.replicaAllowed() && now.usable()) {
            try {
                Connection connection = replica.getConnection();
                ReplicaScope.servedByReplica(now.behind() ? now.asOf() : null);
                servedByReplica.incrementAndGet();
                log.debug("Read-only transaction served by the replica ({})", now.words());
                return connection;
            } catch (SQLException e) {
                update(ReplicaStanding.unreachable(clock.instant(), String.valueOf(e.getMessage())));
            }
        }
        servedByPrimary.incrementAndGet();
        return primary.getConnection();
    }

    @Override
    public void close() {
        checks.shutdownNow();
        replica.close();
    }
}
