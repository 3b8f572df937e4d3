package io.gatehouse.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the module boundaries that Maven cannot see. Every rule keeps ArchUnit's default
 * failOnEmptyShould: a rule that matches no class is a typo, not a pass.
 */
class ArchitectureTest {
    private static final String DOMAIN = "io.gatehouse.domain..";
    private static final String APPLICATION = "io.gatehouse.application..";
    private static final String REST = "io.gatehouse.adapters.rest..";
    private static final String PERSISTENCE = "io.gatehouse.adapters.persistence..";
    private static final String STORAGE = "io.gatehouse.adapters.storage..";
    private static final String[] FRAMEWORKS = {"io.micronaut..", "jakarta..", "javax.inject..", "java.sql..",
            "javax.sql..", "com.fasterxml..", "org.flywaydb..", "com.zaxxer..", "org.mapstruct.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.gatehouse");
    }

    @Test
    void domainDependsOnNothingButTheJdk() {
        ArchRule rule = classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java.lang..", "java.util..",
                        "java.time..", "java.nio.charset..");
        rule.check(classes);
    }

    @Test
    void applicationUsesOnlyTheDomainAndSlf4j() {
        ArchRule rule = classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "org.slf4j..",
                        "java.lang..", "java.util..", "java.time..");
        rule.check(classes);
    }

    @Test
    void noFrameworkTypesInDomainOrApplication() {
        noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void adaptersDoNotUseEachOther() {
        noClasses().that().resideInAPackage(REST).should().dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, STORAGE).check(classes);
        noClasses().that().resideInAPackage(PERSISTENCE).should().dependOnClassesThat()
                .resideInAnyPackage(REST, STORAGE, APPLICATION).check(classes);
    }

    @Test
    void controllersCallUseCasesNotStores() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .check(classes);
    }

    @Test
    void storePortsAreImplementedOnlyInAdapters() {
        classes().that().implement(io.gatehouse.domain.identity.UserStore.class)
                .or().implement(io.gatehouse.domain.role.RoleStore.class)
                .or().implement(io.gatehouse.domain.rbac.RuleStore.class)
                .should().resideInAnyPackage("io.gatehouse.adapters..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.gatehouse.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("io.gatehouse.domain.(*)..").should().beFreeOfCycles().check(classes);
    }
}
