package org.haven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The package rules of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.haven");

    private static final List<String> FEATURES = List.of("defender", "request", "grant", "fund", "followup", "audit",
            "export", "protection", "stats", "legal");

    /**
     * Services speak only the domain, so the API and the console call the same ones: no JAX-RS, and
     * nothing of the HTTP edge (statuses, ETags, If-Match, Idempotency-Key replays).
     */
    @Test
    void entitiesAndServicesKnowNothingOfHttp() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .or().haveSimpleNameEndingWith("Service")
                .or().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.haven.shared.web..",
                        "org.haven.shared.idempotency..")
                .check(CLASSES);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesRepository() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage("org.haven." + feature + "..")
                    .should().dependOnClassesThat(DescribedPredicate.describe("a repository of " + feature,
                            (JavaClass c) -> c.getPackageName().startsWith("org.haven." + feature)
                                    && c.getSimpleName().endsWith("Repository")))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void sharedDependsOnNoFeature() {
        for (String feature : FEATURES) {
            noClasses().that().resideInAPackage("org.haven.shared..")
                    .should().dependOnClassesThat().resideInAPackage("org.haven." + feature + "..")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void entitiesNeverCrossTheHttpBoundary() {
        methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .and().arePublic()
                .should(new ArchCondition<>("not take or return entities") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
                        boolean returnsEntity = method.getRawReturnType().isAnnotatedWith(Entity.class);
                        boolean takesEntity = method.getRawParameterTypes().stream()
                                .anyMatch(t -> t.isAnnotatedWith(Entity.class));
                        if (returnsEntity || takesEntity) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes an entity"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void everyEndpointDeclaresItsRoles() {
        methods().that().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class)
                .or().areAnnotatedWith(PUT.class).or().areAnnotatedWith(PATCH.class)
                .or().areAnnotatedWith(DELETE.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .check(CLASSES);
        noClasses().should().beAnnotatedWith(PermitAll.class).check(CLASSES);
    }

    @Test
    void resourcesLiveInFeaturePackages() {
        classes().that().haveSimpleNameEndingWith("Resource")
                .should().resideOutsideOfPackage("org.haven.shared..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
