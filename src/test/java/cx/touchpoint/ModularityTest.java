package cx.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages as Spring Modulith application modules (a {@code package-info.java} each, with its allowed
 * dependencies): no cycles, and a module uses another only through its API (its top-level package or a named
 * interface). Writes the module documentation (C4 and UML component diagrams, one canvas per module) into
 * {@code docs/modules}, which docs/ARCHITECTURE.md links.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesDependOnlyOnTheirAllowedDependenciesAndTheirApis() {
        MODULES.verify();
    }

    @Test
    void everyFeaturePackageIsAModuleThatListsItsDependencies() throws Exception {
        List<String> packages;
        try (Stream<Path> children = Files.list(Path.of("src", "main", "java", "cx", "touchpoint"))) {
            packages = children.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
        assertThat(MODULES.stream().map(m -> m.getName()).sorted().toList()).isEqualTo(packages);
        for (String name : packages) {
            ApplicationModule module =
                    Class.forName("cx.touchpoint." + name + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(module)
                    .as("@ApplicationModule in cx.touchpoint.%s.package-info", name)
                    .isNotNull();
            assertThat(module.allowedDependencies())
                    .as("the allowed dependencies of %s, listed explicitly", name)
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        }
    }

    @Test
    void writesTheModuleDocumentationIntoDocs() throws Exception {
        Path folder = Path.of("docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.write(file, inStableOrder(Files.readAllLines(file)));
            }
        }
        assertThat(folder.resolve("components.puml")).exists();
        assertThat(Files.readString(folder.resolve("components.puml"))).containsIgnoringCase("issue");
    }

    /**
     * The Documenter lists components, relations and bullets in hash order, which differs from run to run; sorting
     * each run of lines of one kind (they are declarations, in no meaningful order) keeps the committed files still.
     */
    static List<String> inStableOrder(List<String> lines) {
        var ordered = new java.util.ArrayList<String>();
        var run = new java.util.ArrayList<String>();
        String kind = null;
        for (String line : lines) {
            String lineKind = kindOf(line);
            if (lineKind == null || !lineKind.equals(kind)) {
                run.sort(null);
                ordered.addAll(run);
                run.clear();
            }
            kind = lineKind;
            if (lineKind == null) {
                ordered.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        ordered.addAll(run);
        return ordered;
    }

    private static String kindOf(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("Component(") || trimmed.startsWith("Rel(") || trimmed.startsWith("* ")) {
            String indent = line.substring(0, line.indexOf(trimmed));
            return indent + trimmed.substring(0, trimmed.indexOf(trimmed.startsWith("* ") ? ' ' : '('));
        }
        return null;
    }
}
