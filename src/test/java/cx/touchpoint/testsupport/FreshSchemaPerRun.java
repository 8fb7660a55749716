package cx.touchpoint.testsupport;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run (JVM) its own, new PostgreSQL schema, so runs never see each other's data
 * and parallel runs do not collide; drops it when the run ends. Registered through
 * META-INF/services. Tests never mock the database.
 */
public class FreshSchemaPerRun implements LauncherSessionListener {

    public static final String SCHEMA = "test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        System.setProperty("touchpoint.db.schema", SCHEMA);
        // the run's schema under its own name, for test properties that derive theirs from it
        System.setProperty("touchpoint.test.run-schema", SCHEMA);
        System.setProperty("touchpoint.demo.enabled", "false");
        // the comment-analysis job is driven by the theme tests themselves; journeys switch it on
        System.setProperty("touchpoint.themes.enabled", "false");
        // the tests' webhook receivers (MockWebServer) listen on loopback: allowed under this one name only
        System.setProperty("touchpoint.webhooks.allowed-internal-hosts", "localhost");
        // Spring caches one application context per test configuration (a few dozen in a run), each with its
        // own pool: keep idle connections to one per context so a run stays far below PostgreSQL's
        // max_connections (100), even when two runs share the server.
        System.setProperty("spring.datasource.hikari.minimum-idle", "1");
        System.setProperty("spring.datasource.hikari.maximum-pool-size", "5");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        String url = System.getProperty(
                "spring.datasource.url",
                System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:5432/postgres"));
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement();
                var schemas = connection
                        .createStatement()
                        .executeQuery("select nspname from pg_namespace where nspname like '" + SCHEMA + "%'")) {
            var names = new java.util.ArrayList<String>();
            while (schemas.next()) {
                names.add(schemas.getString(1));
            }
            for (String name : names) {
                statement.execute("drop schema if exists \"" + name + "\" cascade");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test schema " + SCHEMA + ": " + e.getMessage());
        }
    }
}
