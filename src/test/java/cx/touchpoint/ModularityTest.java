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
            ApplicationModule module = Class.forName("cx.touchpoint." + name + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            assertThat(module).as("@ApplicationModule in cx.touchpoint.%s.package-info", name).isNotNull();
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
        assertThat(folder.resolve("components.puml")).exists();
        assertThat(Files.readString(folder.resolve("components.puml"))).containsIgnoringCase("issue");
    }
}
