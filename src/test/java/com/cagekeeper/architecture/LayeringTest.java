package com.cagekeeper.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The layering STYLE.md describes: by feature, then api / application / domain. A feature's
 * domain knows no API, application service, JAX-RS or JWT; application services know no API;
 * features meet through application services, never another feature's domain; resources
 * stay thin and never touch the database. {@code shared} is open to every feature.
 */
@DisplayName("Layering (STYLE.md): by feature, then api, application, domain")
class LayeringTest {

    static final String BASE = "com.cagekeeper";
    static final List<String> FEATURES = List.of("facility", "customer", "space", "order", "personnel", "visit",
            "access", "audit", "equipment", "notice", "billing", "lien", "alteration", "endofterm",
            "relocation", "termination", "events", "webhooks");

    static final String[] WEB_AND_TOKEN = { "jakarta.ws.rs..", "org.eclipse.microprofile.jwt..", "io.smallrye.jwt.." };
    static final String[] JDBC = { "java.sql..", "javax.sql.." };

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        // guard against a vacuous pass: every feature's three layers were imported
        for (String feature : FEATURES) {
            for (String layer : List.of("api", "application", "domain")) {
                String pkg = BASE + "." + feature + "." + layer;
                assertFalse(main.stream().noneMatch(c -> c.getPackageName().equals(pkg)), "no class imported in " + pkg);
            }
        }
        assertFalse(main.stream().anyMatch(c -> c.getSimpleName().endsWith("Test")), "test classes were imported");
    }

    @Test
    @DisplayName("a domain never depends on an api or application package")
    void domainDoesNotKnowApiOrApplication() {
        noClasses().that().resideInAPackage(BASE + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + "..api..", BASE + "..application..")
                .check(main);
    }

    @Test
    @DisplayName("a domain never depends on JAX-RS or JWT classes")
    void domainDoesNotKnowWebOrTokens() {
        noClasses().that().resideInAPackage(BASE + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB_AND_TOKEN)
                .check(main);
    }

    @Test
    @DisplayName("a domain never depends on JDBC: hand-written SQL lives in an infrastructure package behind a domain port")
    void domainDoesNotKnowJdbc() {
        noClasses().that().resideInAPackage(BASE + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(JDBC)
                .check(main);
    }

    @Test
    @DisplayName("no feature's api or application uses JDBC; only its infrastructure does")
    void onlyInfrastructureKnowsJdbc() {
        noClasses().that().resideInAnyPackage(FEATURES.stream()
                .flatMap(f -> java.util.stream.Stream.of(BASE + "." + f + ".api..", BASE + "." + f + ".application.."))
                .toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(JDBC)
                .check(main);
    }

    @Test
    @DisplayName("an infrastructure adapter is reached through its domain port, never named by an api or application")
    void infrastructureBehindPorts() {
        noClasses().that().resideInAnyPackage(BASE + "..api..", BASE + "..application..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "..infrastructure..")
                .check(main);
    }

    @Test
    @DisplayName("an application service never depends on an api package or JAX-RS")
    void applicationDoesNotKnowApi() {
        noClasses().that().resideInAPackage(BASE + "..application..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + "..api..", "jakarta.ws.rs..")
                .check(main);
    }

    @Test
    @DisplayName("no feature's api or application depends on another feature's domain; they call its application service")
    void featuresMeetThroughApplicationServices() {
        List<ArchRule> rules = FEATURES.stream().map(feature -> (ArchRule) noClasses().that()
                .resideInAnyPackage(BASE + "." + feature + ".api..", BASE + "." + feature + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().filter(f -> !f.equals(feature))
                        .map(f -> BASE + "." + f + ".domain..").toArray(String[]::new))
                .because("another feature's data is reached through its application service"))
                .toList();
        CompositeArchRule.of(rules).check(main);
    }

    @Test
    @DisplayName("a resource (@Path in an api package) never touches the EntityManager, Panache or an entity")
    void resourcesDoNotTouchPersistence() {
        noClasses().that().resideInAPackage(BASE + "..api..")
                .and().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "io.quarkus.hibernate..",
                        "org.hibernate..", BASE + ".shared.persistence..")
                .orShould().dependOnClassesThat(describe("are entities or Panache repositories",
                        LayeringTest::isPersistent))
                .check(main);
    }

    private static boolean isPersistent(JavaClass c) {
        return c.isAnnotatedWith(jakarta.persistence.Entity.class)
                || c.isAnnotatedWith(jakarta.persistence.MappedSuperclass.class)
                || c.isAssignableTo(PanacheEntityBase.class) || c.isAssignableTo(PanacheRepositoryBase.class);
    }
}
