package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import uk.send.launcher.Platform;

/** docker-compose.yml cannot be run here (no container engine), so it is checked against the services instead. */
class ComposeFileTest {

    private static final Path REPOSITORY = ServiceConfiguration.repository();

    private final JsonNode services = compose().get("services");

    @Test
    void everyServiceAndServerIsThere() {
        Set<String> names = new HashSet<>();
        services.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsAll(Platform.SERVICES).contains("postgres", "kafka", "keycloak", "mail");
    }

    @Test
    void eachServiceIsBuiltFromItsDockerfileAndPublishedOnItsOwnPort() {
        for (String service : Platform.SERVICES) {
            JsonNode definition = services.get(service);
            Path dockerfile = REPOSITORY.resolve(definition.at("/build/context").asText())
                    .resolve(definition.at("/build/dockerfile").asText());
            assertThat(dockerfile).as(service).exists();
            int port = new ServiceConfiguration(REPOSITORY, service).httpPort();
            assertThat(definition.get("ports").get(0).asText()).as(service).isEqualTo(port + ":" + port);
            assertThat(text(dockerfile)).as(service).contains("EXPOSE " + port);
        }
    }

    @Test
    void everyEnvironmentVariableOfAServiceSetsOneOfItsProperties() {
        for (String service : Platform.SERVICES) {
            ServiceConfiguration configuration = new ServiceConfiguration(REPOSITORY, service);
            services.get(service).get("environment").fieldNames().forEachRemaining(variable ->
                    assertThat(configuration.reads(variable)).as(service + " reads " + variable).isTrue());
        }
    }

    @Test
    void theDatabaseAndTheBrokerAreReachedOnlyFromTheComposeNetwork() {
        for (String server : List.of("postgres", "kafka")) {
            assertThat(services.get(server).path("ports").isMissingNode()).as(server + " publishes no port").isTrue();
        }
    }

    @Test
    void eachServiceSignsInToItsOwnDatabaseAsItsApplicationRoleAndMigratesAsTheOwner() {
        for (String service : Platform.SERVICES) {
            String database = service.replace("-service", "");
            JsonNode environment = services.get(service).get("environment");
            assertThat(environment.get("QUARKUS_DATASOURCE_JDBC_URL").asText()).endsWith("/" + database);
            assertThat(environment.get("QUARKUS_DATASOURCE_USERNAME").asText()).isEqualTo(database + "_app");
            assertThat(environment.get("QUARKUS_FLYWAY_USERNAME").asText()).isEqualTo(database);
        }
        assertThat(services.at("/keycloak/environment/KC_DB_USERNAME").asText()).isEqualTo("keycloak");
        assertThat(services.at("/postgres/volumes").toString()).contains("postgres-init.sh");
    }

    @Test
    void everyServiceRunsAsProductionSoThatAPlaceholderSecretStopsIt() {
        for (String service : Platform.SERVICES) {
            assertThat(services.get(service).at("/environment/PLATFORM_ENVIRONMENT").asText()).as(service)
                    .isEqualTo("production");
        }
    }

    @Test
    void healthChecksAskWhetherEachServiceIsReady() {
        for (String service : Platform.SERVICES) {
            int port = new ServiceConfiguration(REPOSITORY, service).managementPort();
            assertThat(services.get(service).at("/healthcheck/test").toString()).as(service)
                    .contains("http://localhost:" + port + "/q/health/ready");
        }
        for (String server : List.of("postgres", "kafka", "keycloak")) {
            assertThat(services.get(server).has("healthcheck")).as(server).isTrue();
        }
    }

    @Test
    void everyImageBuiltHereStartsFromDebianOrAnotherImageBuiltHere() {
        List<String> built = new ArrayList<>();
        services.fields().forEachRemaining(service -> {
            JsonNode build = service.getValue().path("build");
            if (build.isMissingNode()) {
                return;
            }
            Path context = REPOSITORY.resolve(build.isTextual() ? build.asText() : build.path("context").asText());
            Path dockerfile = context.resolve(build.path("dockerfile").asText("Dockerfile"));
            assertThat(dockerfile).as(service.getKey()).exists();
            Matcher from = Pattern.compile("(?m)^FROM (\\S+)").matcher(text(dockerfile));
            assertThat(from.find()).as(service.getKey() + " names its base").isTrue();
            assertThat(from.group(1)).as(service.getKey()).matches("debian:bookworm-slim|send/[a-z-]+");
            if (from.group(1).startsWith("send/")) {
                assertThat(REPOSITORY.resolve("containers").resolve(from.group(1).substring("send/".length()))
                        .resolve("Dockerfile")).as(service.getKey() + " starts from an image built here").exists();
            }
            built.add(service.getKey());
        });
        assertThat(built).containsAll(Platform.SERVICES).contains("postgres");
    }

    @Test
    void noSecretIsWrittenInTheFileAndEveryVariableItNeedsIsInTheExample() throws IOException {
        services.fields().forEachRemaining(service -> service.getValue().path("environment").fields()
                .forEachRemaining(variable -> {
                    if (variable.getKey().matches(".*(PASSWORD|SECRET).*")) {
                        assertThat(variable.getValue().asText()).as(variable.getKey()).startsWith("${");
                    }
                }));
        Set<String> needed = new HashSet<>();
        Matcher reference = Pattern.compile("\\$\\{([A-Z0-9_]+)")
                .matcher(text(REPOSITORY.resolve("docker-compose.yml")));
        while (reference.find()) {
            needed.add(reference.group(1));
        }
        String example = text(REPOSITORY.resolve(".env.example"));
        assertThat(needed).isNotEmpty().allSatisfy(variable -> assertThat(example).contains(variable + "="));
        assertThat(Files.readAllLines(REPOSITORY.resolve(".gitignore"))).contains(".env");
    }

    private static JsonNode compose() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(REPOSITORY.resolve("docker-compose.yml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
