package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.testsupport.FreshSchemaPerRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The current definition of every SQL function, view and trigger lives in one repeatable migration
 * ({@code db/migration/R__*.sql}, STYLE 23): each runs again without changing anything, and every such
 * object of a migrated schema is defined in one of them. Run with
 * {@code -Dmigrations.compare-with=<folder of another checkout's db/migration>} it also migrates a second
 * schema from that folder and compares every definition (how moving them out of V40…V270 was checked).
 */
class RepeatableMigrationsTest {

    private static final String URL = System.getProperty(
            "spring.datasource.url",
            System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:5432/postgres"));
    private static final String USER = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");

    @Test
    void repeatable_migrations_run_again_without_changing_a_definition() throws Exception {
        String schema = migrate("_repeatable", "classpath:db/migration");
        try (Connection connection = connect(schema)) {
            Map<String, String> before = definitions(connection, schema);
            for (Resource file : repeatableFiles()) {
                connection.createStatement().execute(file.getContentAsString(StandardCharsets.UTF_8));
            }
            assertThat(definitions(connection, schema)).isEqualTo(before);
        }
    }

    @Test
    void every_function_view_and_trigger_is_defined_in_a_repeatable_migration() throws Exception {
        String schema = migrate("_defined", "classpath:db/migration");
        StringBuilder repeatable = new StringBuilder();
        for (Resource file : repeatableFiles()) {
            repeatable
                    .append(file.getContentAsString(StandardCharsets.UTF_8).toLowerCase())
                    .append('\n');
        }
        List<String> missing = new ArrayList<>();
        try (Connection connection = connect(schema)) {
            for (String object : definitions(connection, schema).keySet()) {
                String[] kindAndName = object.split(" ", 2);
                String name = kindAndName[1].replaceFirst("\\(.*", "").replaceFirst(" on .*", "");
                Pattern definition = Pattern.compile("create (or replace )?" + kindAndName[0] + " " + name + "\\b");
                if (!definition.matcher(repeatable).find()) {
                    missing.add(object);
                }
            }
        }
        assertThat(missing)
                .as("functions, views and triggers defined only in a versioned migration")
                .isEmpty();
    }

    /** Advisory locks are database-wide: one named without the schema makes schemas (test runs) wait on each other. */
    @Test
    void every_advisory_lock_of_a_function_is_named_with_the_schema() throws Exception {
        String schema = migrate("_locks", "classpath:db/migration");
        try (Connection connection = connect(schema)) {
            var locking = definitions(connection, schema).entrySet().stream()
                    .filter(d -> d.getValue().contains("pg_advisory_xact_lock("))
                    .toList();
            assertThat(locking).isNotEmpty();
            assertThat(locking).allSatisfy(d -> assertThat(d.getValue())
                    .as(d.getKey())
                    .doesNotContainPattern("pg_advisory_xact_lock\\(hashtext\\('"));
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "migrations.compare-with", matches = ".+")
    void definitions_equal_those_of_another_checkouts_migrations() throws Exception {
        String ours = migrate("_ours", "classpath:db/migration");
        String theirs = migrate("_theirs", "filesystem:" + System.getProperty("migrations.compare-with"));
        try (Connection a = connect(ours);
                Connection b = connect(theirs)) {
            Map<String, String> mine = definitions(a, ours);
            Map<String, String> other = definitions(b, theirs);
            assertThat(mine.keySet()).containsExactlyElementsOf(other.keySet());
            assertThat(mine).isEqualTo(other);
        }
    }

    private static String migrate(String suffix, String location) {
        String schema = FreshSchemaPerRun.SCHEMA + suffix;
        Flyway.configure()
                .dataSource(URL, USER, PASSWORD)
                .schemas(schema)
                .defaultSchema(schema)
                .locations(location)
                .load()
                .migrate();
        return schema;
    }

    private static Connection connect(String schema) throws SQLException {
        Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        connection.createStatement().execute("set search_path to \"" + schema + "\"");
        return connection;
    }

    private static Resource[] repeatableFiles() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/R__*.sql");
    }

    /**
     * Kind and name (with argument types) → the definition PostgreSQL keeps, with the schema's name taken
     * out: every function and aggregate, view and (user) trigger of the schema.
     */
    static Map<String, String> definitions(Connection connection, String schema) throws SQLException {
        String sql =
                """
                select 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                       pg_get_functiondef(p.oid)
                  from pg_proc p where p.pronamespace = ?::regnamespace and p.prokind in ('f', 'p')
                union all
                select 'aggregate ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                       a.aggtransfn::text || ' ' || a.aggtranstype::regtype::text || ' '
                           || coalesce(a.aggfinalfn::text, '') || ' ' || coalesce(a.agginitval, '')
                  from pg_proc p join pg_aggregate a on a.aggfnoid = p.oid
                 where p.pronamespace = ?::regnamespace
                union all
                select 'view ' || c.relname, pg_get_viewdef(c.oid)
                  from pg_class c where c.relnamespace = ?::regnamespace and c.relkind in ('v', 'm')
                union all
                select 'trigger ' || t.tgname || ' on ' || c.relname, pg_get_triggerdef(t.oid)
                  from pg_trigger t join pg_class c on c.oid = t.tgrelid
                 where c.relnamespace = ?::regnamespace and not t.tgisinternal
                """;
        Map<String, String> definitions = new TreeMap<>();
        try (var statement = connection.prepareStatement(sql)) {
            String quoted = "\"" + schema + "\"";
            for (int i = 1; i <= 4; i++) {
                statement.setString(i, quoted);
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    definitions.put(
                            rows.getString(1),
                            rows.getString(2).replace(schema + ".", "").replace(quoted + ".", ""));
                }
            }
        }
        return definitions;
    }
}
