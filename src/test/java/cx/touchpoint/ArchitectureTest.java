package cx.touchpoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** The house layering: view → service → repository (shared/STYLE.md). */
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
}
