package cx.touchpoint.base;

import java.net.ConnectException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "connection refused" at start-up into one clear message naming the database URL and how
 * to start PostgreSQL, instead of only a stack trace.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<ConnectException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConnectException cause) {
        String url = environment.getProperty("spring.datasource.url", "(spring.datasource.url not set)");
        return new FailureAnalysis(
                "Touchpoint cannot reach PostgreSQL at " + url + " (" + cause.getMessage() + ").",
                "Start PostgreSQL: `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`"
                        + " or `docker compose -f docker/compose.yaml up -d db`; or point SPRING_DATASOURCE_URL"
                        + " at a running server.",
                cause);
    }
}
