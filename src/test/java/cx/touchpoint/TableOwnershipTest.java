package cx.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table (STYLE 21), on the SQL side: docs/ARCHITECTURE.md lists, per module, the tables and views it
 * owns and the read models it publishes for others. A module's SQL (its query classes, {@code @Query} and
 * {@code @Table} names, every SQL string in its package) may name its own relations and what other modules
 * publish, and write only its own. The crossings that remain are listed in the same document, and the list must
 * shrink: a crossing not listed fails, and so does a listed one that is gone.
 */
class TableOwnershipTest {

    static final Path DOC = Path.of("docs", "ARCHITECTURE.md");
    static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
    static final Path SOURCES = Path.of("src", "main", "java", "cx", "touchpoint");

    private static final Pattern CREATED = Pattern.compile(
            "create\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern NAME = Pattern.compile("`([a-z_][a-z0-9_]*)`");

    @Test
    void everyTableAndViewHasExactlyOneOwningModule() throws IOException {
        var owners = new TreeMap<String, List<String>>();
        modules().forEach((module, relations) -> relations
                .all()
                .forEach(r -> owners.computeIfAbsent(r, k -> new ArrayList<>()).add(module)));
        assertThat(owners.entrySet().stream().filter(e -> e.getValue().size() > 1))
                .as("relations listed under more than one module in " + DOC)
                .isEmpty();
        Set<String> migrated = relationsOfTheMigrations();
        assertThat(migrated.stream().filter(r -> !owners.containsKey(r)))
                .as("tables and views of the migrations without an owner in " + DOC)
                .isEmpty();
        assertThat(owners.keySet().stream().filter(r -> !migrated.contains(r)))
                .as("relations listed in " + DOC + " that no migration creates")
                .isEmpty();
    }

    @Test
    void noModuleNamesAnotherModulesTablesInItsSql() throws IOException {
        Map<String, Relations> modules = modules();
        var owner = new TreeMap<String, String>();
        modules.forEach((module, relations) -> relations.all().forEach(r -> owner.put(r, module)));
        var crossings = new TreeMap<String, Set<String>>();
        var where = new TreeMap<String, Set<String>>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                String source = Files.readString(file);
                SqlTableNames.in(source, owner.keySet()).forEach((relation, access) -> {
                    String other = owner.get(relation);
                    boolean crosses = !other.equals(module)
                            && (access == SqlTableNames.Access.WRITE
                                    || !modules.get(other).published().contains(relation));
                    if (crosses) {
                        crossings.computeIfAbsent(module, m -> new TreeSet<>()).add(relation);
                        where.computeIfAbsent(module + " → " + relation, k -> new TreeSet<>())
                                .add(relative.getFileName() + " ("
                                        + access.name().toLowerCase(Locale.ROOT) + ")");
                    }
                });
            }
        }
        Map<String, Set<String>> listed = stillCrossing();
        var unlisted = new TreeMap<String, Set<String>>();
        where.forEach((crossing, files) -> {
            String[] parts = crossing.split(" → ");
            if (!listed.getOrDefault(parts[0], Set.of()).contains(parts[1])) {
                unlisted.put(crossing + " of " + owner.get(parts[1]), files);
            }
        });
        var gone = new TreeMap<String, Set<String>>();
        listed.forEach((module, relations) -> relations.stream()
                .filter(r -> !crossings.getOrDefault(module, Set.of()).contains(r))
                .forEach(r -> gone.computeIfAbsent(module, m -> new TreeSet<>()).add(r)));
        assertThat(unlisted)
                .as("SQL naming another module's table (use the owner's service or a read model it publishes," + " see "
                        + DOC + ")")
                .isEmpty();
        assertThat(gone)
                .as("crossings listed in " + DOC + " that no SQL makes any more: take them off the list")
                .isEmpty();
    }

    /** What one module owns and, of that, what it publishes for other modules to read. */
    record Relations(Set<String> owned, Set<String> published) {
        Stream<String> all() {
            return Stream.concat(owned.stream(), published.stream());
        }
    }

    /** The rows of the table under "## Modules": | `module` | what | owns | publishes |. */
    static Map<String, Relations> modules() throws IOException {
        var modules = new LinkedHashMap<String, Relations>();
        for (List<String> cells : rowsUnder("## Modules")) {
            modules.put(names(cells.get(0)).first(), new Relations(names(cells.get(2)), names(cells.get(3))));
        }
        assertThat(modules).as("modules listed in " + DOC).containsKeys("account", "issue", "summary", "survey");
        return modules;
    }

    /** The rows of the table under "## SQL that still crosses": | `module` | `relation`, … | why |. */
    static Map<String, Set<String>> stillCrossing() throws IOException {
        var crossings = new TreeMap<String, Set<String>>();
        for (List<String> cells : rowsUnder("## SQL that still crosses")) {
            crossings.put(names(cells.get(0)).first(), names(cells.get(1)));
        }
        return crossings;
    }

    private static List<List<String>> rowsUnder(String heading) throws IOException {
        var rows = new ArrayList<List<String>>();
        boolean inSection = false;
        for (String line : Files.readAllLines(DOC)) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith(heading);
            } else if (inSection && line.startsWith("|") && NAME.matcher(line).find()) {
                var cells = new ArrayList<String>();
                for (String cell : line.substring(1).split("\\|")) {
                    cells.add(cell.trim());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static TreeSet<String> names(String cell) {
        var names = new TreeSet<String>();
        Matcher name = NAME.matcher(cell);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    static Set<String> relationsOfTheMigrations() throws IOException {
        var relations = new TreeSet<String>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher created = CREATED.matcher(Files.readString(file).toLowerCase(Locale.ROOT));
                while (created.find()) {
                    relations.add(created.group(1));
                }
            }
        }
        return relations;
    }
}
