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
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import uk.send.launcher.Platform;

/**
 * docker-compose.yml and its development override, checked against the services and the images built here
 * (ComposeJourneyIT runs them where a Docker engine is installed).
 */
class ComposeFileTest {

    private static final Path REPOSITORY = ServiceConfiguration.repository();

    private final JsonNode services = compose("docker-compose.yml").get("services");
    private final JsonNode development = compose("docker-compose.dev.yml").get("services");

    @Test
    void everyServiceAndServerIsThereAndTheMailCatcherOnlyInDevelopment() {
        Set<String> names = new HashSet<>();
        services.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsAll(Platform.SERVICES).contains("postgres", "kafka", "keycloak")
                .doesNotContain("mail");
        assertThat(development.has("mail")).isTrue();
        assertThat(services.at("/notification-service/environment/QUARKUS_MAILER_HOST").asText())
                .isEqualTo("${SMTP_HOST:?set SMTP_HOST}");
    }

    @Test
    void everyServiceSignsInToKafkaAsItsOwnUserOverTlsTrustingOnlyTheBrokersCertificate() {
        for (String service : Platform.SERVICES) {
            JsonNode environment = services.get(service).get("environment");
            assertThat(environment.get("KAFKA_SECURITY_PROTOCOL").asText()).as(service).isEqualTo("SASL_SSL");
            assertThat(environment.get("KAFKA_SASL_MECHANISM").asText()).as(service).isEqualTo("SCRAM-SHA-512");
            assertThat(environment.get("KAFKA_SASL_JAAS_CONFIG").asText()).as(service)
                    .contains("username=\"" + service + "\"").contains("password=\"${");
            assertThat(environment.get("KAFKA_SSL_TRUSTSTORE_LOCATION").asText()).as(service)
                    .isEqualTo("/etc/kafka-tls/ca.pem");
            // The broker's certificate, read only; never the volume with its key.
            assertThat(services.get(service).get("volumes").toString()).as(service)
                    .contains("kafka-tls:/etc/kafka-tls:ro").doesNotContain("kafka-key");
        }
        assertThat(services.at("/kafka/volumes").toString()).contains("kafka-key:").contains("kafka-tls:");
        assertThat(text(REPOSITORY.resolve("containers/kafka/entrypoint.sh")))
                .contains("listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL")
                .contains("allow.everyone.if.no.acl.found=false")
                .doesNotContain("PLAINTEXT");
    }

    @Test
    void onlyTheProxyIsPublishedAndTheDevelopmentOverrideAlsoPublishesEachServiceOnItsOwnPort() {
        services.fields().forEachRemaining(service -> {
            if (!service.getKey().equals("proxy")) {
                assertThat(service.getValue().has("ports")).as(service.getKey() + " publishes no port").isFalse();
            }
        });
        for (String service : Platform.SERVICES) {
            JsonNode definition = services.get(service);
            Path dockerfile = REPOSITORY.resolve(definition.at("/build/context").asText())
                    .resolve(definition.at("/build/dockerfile").asText());
            assertThat(dockerfile).as(service).exists();
            int port = new ServiceConfiguration(REPOSITORY, service).httpPort();
            assertThat(development.get(service).get("ports").get(0).asText()).as(service)
                    .isEqualTo(port + ":" + port);
            assertThat(text(dockerfile)).as(service).contains("EXPOSE " + port);
        }
    }

    @Test
    void theProxyTerminatesTlsForEachServiceWhichBelievesForwardedHeadersFromItAlone() {
        String address = services.at("/proxy/networks/default/ipv4_address").asText();
        assertThat(compose("docker-compose.yml").at("/networks/default/ipam/config/0/subnet").asText())
                .as("the proxy's address is in the network's fixed subnet")
                .startsWith(address.substring(0, address.lastIndexOf('.') + 1));
        String proxy = text(REPOSITORY.resolve("containers/proxy/nginx.conf"));
        for (String service : Platform.SERVICES) {
            JsonNode environment = services.get(service).get("environment");
            assertThat(environment.get("HTTP_BEHIND_PROXY").asText()).as(service).isEqualTo("true");
            assertThat(environment.get("HTTP_TRUSTED_PROXIES").asText()).as(service).isEqualTo(address);
            int port = new ServiceConfiguration(REPOSITORY, service).httpPort();
            assertThat(proxy).as(service).contains("http://" + service + ":" + port + ";");
        }
        assertThat(services.at("/keycloak/environment/KC_PROXY_TRUSTED_ADDRESSES").asText()).isEqualTo(address);
        assertThat(proxy).contains("http://keycloak:8180;").doesNotContainPattern("listen \\d+;")
                .contains("proxy_set_header X-Forwarded-For $remote_addr;");
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
    void everyImageIsBuiltHereFromDebianOrAnotherImageBuiltHere() {
        List<String> built = new ArrayList<>();
        for (JsonNode file : List.of(services, development)) {
            file.fields().forEachRemaining(service -> {
                if (file == development && services.has(service.getKey())) {
                    return; // settings over the production file's definition, which names the image
                }
                assertThat(service.getValue().path("image").asText()).as(service.getKey() + "'s image")
                        .startsWith("send/");
                assertBuiltFromDebian(service.getKey(), service.getValue().path("build"));
                built.add(service.getKey());
            });
        }
        assertThat(built).containsAll(Platform.SERVICES).contains("postgres", "kafka", "keycloak", "proxy", "mail");
    }

    private static void assertBuiltFromDebian(String service, JsonNode build) {
        assertThat(build.isMissingNode()).as(service + " is built here").isFalse();
        Path context = REPOSITORY.resolve(build.isTextual() ? build.asText() : build.path("context").asText());
        Path dockerfile = context.resolve(build.path("dockerfile").asText("Dockerfile"));
        assertThat(dockerfile).as(service).exists();
        Matcher from = Pattern.compile("(?m)^FROM (\\S+)").matcher(text(dockerfile));
        assertThat(from.find()).as(service + " names its base").isTrue();
        assertThat(from.group(1)).as(service).matches("debian:trixie-slim|send/[a-z-]+");
        if (from.group(1).startsWith("send/")) {
            Path base = REPOSITORY.resolve("containers").resolve(from.group(1).substring("send/".length()));
            assertThat(base.resolve("Dockerfile")).as(service + " starts from an image built here").exists();
            assertBuiltFromDebian(from.group(1), TextNode.valueOf(REPOSITORY.relativize(base).toString()));
        }
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

    private static JsonNode compose(String file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(REPOSITORY.resolve(file).toFile());
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
