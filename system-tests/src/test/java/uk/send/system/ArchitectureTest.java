package uk.send.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture the build holds, over the compiled classes of every service and shared module: the services talk
 * only through Kafka and each other's APIs, only the outbox publishes to Kafka (so no change is announced outside its
 * transaction), and resources leave the database to the classes behind them.
 */
class ArchitectureTest {

    private static final List<String> SERVICES = List.of("referral", "triage", "transition", "notification");
    private static final List<String> MODULES = List.of("referral-service", "triage-service", "transition-service",
            "notification-service", "access", "outbox", "event-contracts", "identifiers", "api-problems");

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPaths(MODULES.stream().map(module -> Path.of("..", module, "target", "classes"))
                    .filter(Files::isDirectory).toList());

    @Test
    void everyModuleIsLookedAt() {
        for (String service : SERVICES) {
            assertThat(PLATFORM.stream().filter(c -> c.getPackageName().startsWith("uk.send." + service)).count())
                    .as(service + "-service's classes, compiled before this test").isGreaterThan(10);
        }
        assertThat(PLATFORM.stream().filter(c -> c.getPackageName().startsWith("uk.send.outbox")).count())
                .isPositive();
    }

    @Test
    void noServiceUsesAnotherServicesClasses() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(other -> !other.equals(service))
                    .map(other -> "uk.send." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("uk.send." + service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("the services share only events (event-contracts) and the shared modules")
                    .check(PLATFORM);
        }
    }

    @Test
    void onlyTheOutboxPublishesToKafka() {
        noClasses().that().resideOutsideOfPackage("uk.send.outbox..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka.clients.producer..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.eclipse.microprofile.reactive.messaging.Emitter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "io.smallrye.reactive.messaging.MutinyEmitter")
                .because("a change and its event are written in one transaction, and the outbox relays the event")
                .check(PLATFORM);
    }

    @Test
    void resourcesLeaveTheDatabaseToTheClassesBehindThem() {
        noClasses().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("queries live in the feature's own classes, where they are tested and found again")
                .check(PLATFORM);
    }
}
