package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import uk.send.contracts.Topics;
import uk.send.launcher.Platform;

/** deploy/ rendered by kubectl kustomize (no cluster needed) and checked against the services and contracts. */
class DeployManifestsTest {

    private static final Path REPOSITORY = ServiceConfiguration.repository();

    private final List<JsonNode> base = render("deploy/base");
    private final List<JsonNode> production = render("deploy/overlays/production");

    @Test
    void everyServiceHasADeploymentAServiceAndItsConfiguration() {
        for (List<JsonNode> manifests : List.of(base, production)) {
            for (String service : Platform.SERVICES) {
                int port = new ServiceConfiguration(REPOSITORY, service).httpPort();
                JsonNode container = only(manifests, "Deployment", service).at("/spec/template/spec/containers/0");
                assertThat(container.at("/ports/0/containerPort").asInt()).as(service).isEqualTo(port);
                assertThat(only(manifests, "Service", service).at("/spec/ports/0/port").asInt()).isEqualTo(port);
                assertThat(container.at("/resources/requests/memory").isMissingNode()).as(service).isFalse();
                assertThat(container.at("/resources/limits/memory").isMissingNode()).as(service).isFalse();

                ServiceConfiguration configuration = new ServiceConfiguration(REPOSITORY, service);
                only(manifests, "ConfigMap", service).get("data").fieldNames().forEachRemaining(variable ->
                        assertThat(configuration.reads(variable)).as(service + " reads " + variable).isTrue());
                container.get("env").forEach(variable -> assertThat(configuration.reads(variable.get("name")
                        .asText())).as(service + " reads " + variable.get("name")).isTrue());
            }
        }
    }

    @Test
    void probesAskEachServiceWhetherItHasStartedIsAliveAndIsReady() {
        for (String service : Platform.SERVICES) {
            JsonNode container = only(production, "Deployment", service).at("/spec/template/spec/containers/0");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        }
    }

    @Test
    void theTopicsAreTheContractsTopicsWithTheirDeadLetterTwinsReplicatedThreeTimesInProduction() {
        Set<String> expected = new HashSet<>(Topics.ALL);
        Topics.ALL.forEach(topic -> expected.add(Topics.deadLetter(topic)));
        for (List<JsonNode> manifests : List.of(base, production)) {
            assertThat(of(manifests, "KafkaTopic").stream().map(t -> t.at("/spec/topicName").asText())
                    .collect(Collectors.toSet())).isEqualTo(expected);
        }
        assertThat(of(production, "KafkaTopic")).allSatisfy(topic -> {
            assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asText()).isEqualTo("2");
        });
        assertThat(only(production, "KafkaNodePool", "dual-role").at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(only(production, "Cluster", "send-postgres").at("/spec/instances").asInt()).isEqualTo(3);
    }

    @Test
    void productionRunsSeveralOfEachServiceWithinTheTopicsPartitions() {
        int partitions = of(production, "KafkaTopic").stream()
                .filter(topic -> Topics.ALL.contains(topic.at("/spec/topicName").asText()))
                .mapToInt(topic -> topic.at("/spec/partitions").asInt()).min().orElseThrow();
        for (String service : Platform.SERVICES) {
            assertThat(only(production, "Deployment", service).at("/spec/replicas").asInt()).as(service)
                    .isBetween(2, partitions);
        }
    }

    @Test
    void secretsAreReferencedNeverCommitted() {
        for (List<JsonNode> manifests : List.of(base, production)) {
            assertThat(of(manifests, "Secret")).isEmpty();
            for (JsonNode configMap : of(manifests, "ConfigMap")) {
                configMap.path("data").fieldNames().forEachRemaining(key ->
                        assertThat(key).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("secret"));
            }
        }
        String realm = only(base, "ConfigMap", "keycloak-realm").at("/data/send-realm.json").asText();
        assertThat(realm).contains("${REFERRAL_SERVICE_CLIENT_SECRET}").doesNotContain("local-secret");
    }

    @Test
    void theOperatorIsAlertedWhenAClosureGoesUntoldTheOutboxGrowsConsumersLagOrEventsAreDeadLettered() {
        for (List<JsonNode> manifests : List.of(base, production)) {
            JsonNode rules = only(manifests, "PrometheusRule", "send-platform-alerts").at("/spec/groups/0/rules");
            Map<String, String> alerts = new HashMap<>();
            rules.forEach(rule -> alerts.put(rule.path("alert").asText(), rule.path("expr").asText()));
            assertThat(alerts).containsOnlyKeys("ClosureNotNotifiedWithinSla", "OutboxGrowing", "ConsumerLag",
                    "DeadLetters");
            // Each on a metric that is exported: the services' own (ClosureAudit, OutboxRelay, Micrometer's
            // Prometheus names), and Strimzi's Kafka Exporter, which the Kafka resource turns on.
            assertThat(alerts.get("ClosureNotNotifiedWithinSla")).contains("closure_audit_not_notified_within_sla");
            assertThat(alerts.get("OutboxGrowing")).contains("outbox_pending");
            assertThat(alerts.get("ConsumerLag")).contains("kafka_consumergroup_lag");
            assertThat(alerts.get("DeadLetters")).contains("kafka_topic_partition_current_offset", ".dlq");
            rules.forEach(rule -> assertThat(rule.at("/annotations/runbook").asText())
                    .startsWith("deploy/README.md#" + rule.path("alert").asText().toLowerCase()));
            assertThat(only(manifests, "Kafka", "send-kafka").at("/spec/kafkaExporter").isObject()).isTrue();
            assertThat(only(manifests, "PodMonitor", "send-services").at("/spec/podMetricsEndpoints/0/path")
                    .asText()).isEqualTo("/q/metrics");
        }
    }

    @Test
    void everyServiceRunsAsProductionAndChecksEverySecretItIsGivenBeforeItStarts() {
        for (List<JsonNode> manifests : List.of(base, production)) {
            for (String service : Platform.SERVICES) {
                ServiceConfiguration configuration = new ServiceConfiguration(REPOSITORY, service);
                assertThat(only(manifests, "ConfigMap", service).at("/data/PLATFORM_ENVIRONMENT").asText())
                        .as(service).isEqualTo("production");
                List<String> checked = List.of(configuration.value("platform.secrets").split(","));
                JsonNode container = only(manifests, "Deployment", service).at("/spec/template/spec/containers/0");
                container.get("env").forEach(variable -> {
                    // A user name travels in a Secret beside its password, but is no secret to check.
                    if (variable.at("/valueFrom/secretKeyRef").isObject()
                            && !variable.at("/valueFrom/secretKeyRef/key").asText().equals("username")) {
                        String name = variable.get("name").asText();
                        assertThat(configuration.propertySetBy(name)).as(service + ": " + name)
                                .hasValueSatisfying(property -> assertThat(checked).contains(property));
                    }
                });
            }
        }
    }

    @Test
    void everyServicePodIsLockedDownAndSpeaksTlsToTheDatabaseCheckingItsCertificate() {
        for (List<JsonNode> manifests : List.of(base, production)) {
            for (String service : Platform.SERVICES) {
                JsonNode pod = only(manifests, "Deployment", service).at("/spec/template/spec");
                assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(service).isTrue();
                assertThat(pod.at("/securityContext/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
                assertThat(pod.at("/automountServiceAccountToken").asBoolean(true)).isFalse();
                JsonNode container = pod.at("/containers/0");
                assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
                assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
                assertThat(container.at("/securityContext/capabilities/drop").toString()).isEqualTo("[\"ALL\"]");
                assertThat(container.get("volumeMounts").findValuesAsText("mountPath"))
                        .contains("/tmp", "/etc/send/postgres-ca");
                assertThat(only(manifests, "ConfigMap", service).at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText())
                        .contains("sslmode=verify-full", "sslrootcert=/etc/send/postgres-ca/ca.crt");
            }
            assertThat(only(manifests, "ConfigMap", "keycloak").at("/data/KC_DB_URL").asText())
                    .contains("sslmode=verify-full");
        }
    }

    @Test
    void everyAlertHasItsPlaceInTheRunbook() throws IOException {
        String runbook = Files.readString(REPOSITORY.resolve("deploy/README.md"));
        for (JsonNode rule : only(production, "PrometheusRule", "send-platform-alerts").at("/spec/groups/0/rules")) {
            assertThat(runbook).as("deploy/README.md explains " + rule.path("alert").asText())
                    .contains("### " + rule.path("alert").asText());
        }
    }

    @Test
    void everyServiceBuildWritesItsSoftwareBillOfMaterials() throws IOException {
        for (String service : Platform.SERVICES) {
            Path bom = REPOSITORY.resolve(service).resolve("target/bom.json");
            assertThat(bom).as(service + "'s SBOM, written when it was packaged").exists();
            JsonNode sbom = new ObjectMapper().readTree(bom.toFile());
            assertThat(sbom.path("bomFormat").asText()).isEqualTo("CycloneDX");
            assertThat(sbom.at("/metadata/component/name").asText()).isEqualTo(service);
            assertThat(sbom.path("components").findValuesAsText("name")).contains("quarkus-core")
                    .doesNotContain("junit-jupiter-api", "assertj-core");
        }
    }

    private static JsonNode only(List<JsonNode> manifests, String kind, String name) {
        List<JsonNode> found = of(manifests, kind).stream()
                .filter(m -> m.at("/metadata/name").asText().equals(name)
                        || m.at("/metadata/name").asText().startsWith(name + "-") && kind.equals("ConfigMap")
                        && name.equals("keycloak-realm"))
                .toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> of(List<JsonNode> manifests, String kind) {
        return manifests.stream().filter(m -> m.path("kind").asText().equals(kind)).toList();
    }

    private static List<JsonNode> render(String kustomization) {
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", REPOSITORY.resolve(kustomization).toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String rendered = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(kubectl.exitValue()).as("kubectl kustomize " + kustomization).isZero();
            List<JsonNode> manifests = new ArrayList<>();
            try (MappingIterator<JsonNode> documents = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class)
                    .readValues(rendered)) {
                documents.forEachRemaining(manifests::add);
            }
            return manifests;
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is needed to render deploy/ (.ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
