package cx.touchpoint;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The house layering: view → service → repository, and features without cycles (shared/STYLE.md). */
@AnalyzeClasses(packages = "cx.touchpoint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_do_not_use_repositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .orShould()
            .dependOnClassesThat()
            .areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .because("views call one application service per feature");

    @ArchTest
    static final ArchRule views_do_not_use_jdbc = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
            .because("SQL lives in repositories, behind services");

    @ArchTest
    static final ArchRule services_do_not_import_views = noClasses()
            .that()
            .resideOutsideOfPackage("..ui..")
            .and()
            .areNotAnnotatedWith(org.springframework.context.annotation.Configuration.class)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..ui..")
            .allowEmptyShould(true)
            .because(
                    "services return data; views decide how to show it (security configuration may name the login view)");

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices().matching("cx.touchpoint.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a feature that needs another must not be needed back (Vaadin walking skeleton)");

    /** A Spring Data repository or a class annotated {@code @Repository}: where SQL runs. */
    static final DescribedPredicate<JavaClass> REPOSITORY = JavaClass.Predicates.assignableTo(Repository.class)
            .or(annotatedWith(org.springframework.stereotype.Repository.class))
            .as("repositories");

    @ArchTest
    static final ArchRule components_that_use_repositories_serve_only_services = classes()
            .that()
            .areAnnotatedWith(Component.class)
            .and(DescribedPredicate.describe(
                    "use repositories", (JavaClass c) -> c.getDirectDependenciesFromSelf().stream()
                            .anyMatch(d -> REPOSITORY.test(d.getTargetClass()))))
            .should()
            .onlyBeAccessed()
            .byClassesThat(annotatedWith(Service.class).or(annotatedWith(Component.class)))
            .because("a helper that touches the database runs inside its service's transaction");

    @ArchTest
    static final ArchRule services_are_transactional = classes()
            .that()
            .areAnnotatedWith(Service.class)
            .should()
            .beAnnotatedWith(Transactional.class)
            .because("@Transactional lives on services: every view call is one transaction (shared/STYLE.md 2)");

    @ArchTest
    static final ArchRule repositories_are_reached_only_through_services = classes()
            .that(REPOSITORY)
            .should()
            .onlyBeAccessed()
            .byClassesThat(DescribedPredicate.describe(
                    "services (and their inner classes), their helper components, other repositories or"
                            + " configuration",
                    (JavaClass c) -> {
                        JavaClass owner = c;
                        while (owner.getEnclosingClass().isPresent()) {
                            owner = owner.getEnclosingClass().get();
                        }
                        return owner.isAnnotatedWith(Service.class)
                                || owner.isAnnotatedWith(Component.class)
                                || owner.isAnnotatedWith(Configuration.class)
                                || REPOSITORY.test(owner);
                    }))
            .because("SQL runs inside a service's transaction: views, listeners and jobs go through a service");
}
