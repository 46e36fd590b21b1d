package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
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
import java.util.stream.StreamSupport;

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
    void probesAskEachServiceOnItsManagementPortWhetherItHasStartedIsAliveAndIsReady() {
        for (String service : Platform.SERVICES) {
            JsonNode container = only(production, "Deployment", service).at("/spec/template/spec/containers/0");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(container.at("/" + probe + "/httpGet/port").asText()).isEqualTo("management");
            }
            Map<String, Integer> ports = new HashMap<>();
            container.get("ports").forEach(p -> ports.put(p.get("name").asText(), p.get("containerPort").asInt()));
            assertThat(ports).containsEntry("management",
                    new ServiceConfiguration(REPOSITORY, service).managementPort());
            // Behind the ingress, forwarded headers are believed from its address range alone, never from anyone.
            JsonNode config = only(production, "ConfigMap", service).get("data");
            if (config.path("HTTP_BEHIND_PROXY").asBoolean()) {
                assertThat(config.path("HTTP_TRUSTED_PROXIES").asText()).as(service).isNotBlank()
                        .doesNotContain("0.0.0.0/0");
            }
            // The Service and so the Ingress know the public port alone.
            assertThat(only(production, "Service", service).at("/spec/ports").findValuesAsText("name"))
                    .containsExactly("http");
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
    void productionTakesEachServiceImageFromThePartnershipsRegistryThroughTheComponentPinImagesRewrites()
            throws IOException {
        for (String service : Platform.SERVICES) {
            assertThat(only(production, "Deployment", service).at("/spec/template/spec/containers/0/image").asText())
                    .as(service).startsWith("registry.council.example.org/send/" + service);
        }
        // deploy/pin-images writes the component the overlay takes its images from, each named by digest
        // (PinnedImagesIT runs it against a real registry).
        String pinImages = Files.readString(REPOSITORY.resolve("deploy/pin-images"));
        assertThat(pinImages).contains("$overlay/images/kustomization.yaml").contains("digest: ");
        assertThat(Files.readString(REPOSITORY.resolve("deploy/overlays/production/kustomization.yaml")))
                .contains("components:\n  - images");
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
            assertThat(only(manifests, "PodMonitor", "send-services").at("/spec/podMetricsEndpoints/0/port")
                    .asText()).isEqualTo("management");
            // Prometheus reaches the management port and nothing else; the ingress controller, the public port.
            JsonNode edges = only(manifests, "NetworkPolicy", "from-ingress-and-monitoring").at("/spec/ingress");
            Map<String, String> portsFrom = new HashMap<>();
            edges.forEach(rule -> portsFrom.put(rule.at("/from/0/namespaceSelector/matchLabels")
                    .path("kubernetes.io/metadata.name").asText(), rule.get("ports").findValuesAsText("port")
                    .toString()));
            assertThat(portsFrom).containsEntry("monitoring", "[management]").containsEntry("ingress-nginx", "[http]");
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
    void eachServiceHasADatabaseRoleOfItsOwnAndMigratesAsItsDatabasesOwner() {
        for (List<JsonNode> manifests : List.of(base, production)) {
            JsonNode cluster = only(manifests, "Cluster", "send-postgres");
            Map<String, String> roles = new HashMap<>();
            cluster.at("/spec/managed/roles").forEach(role -> roles.put(role.get("name").asText(),
                    role.at("/passwordSecret/name").asText()));
            roles.put(cluster.at("/spec/bootstrap/initdb/owner").asText(),
                    cluster.at("/spec/bootstrap/initdb/secret/name").asText());
            for (String service : Platform.SERVICES) {
                String database = service.replace("-service", "");
                assertThat(roles).as("the owner of " + database).containsEntry(database, "send-postgres-" + database)
                        .containsEntry(database + "_app", "send-postgres-" + database + "-app");
                if (!database.equals(cluster.at("/spec/bootstrap/initdb/database").asText())) {
                    assertThat(manifests.stream().filter(m -> m.path("kind").asText().equals("Database"))
                            .filter(m -> m.at("/spec/name").asText().equals(database))
                            .map(m -> m.at("/spec/owner").asText())).containsExactly(database);
                }
                String env = only(manifests, "Deployment", service).at("/spec/template/spec/containers/0/env")
                        .toString();
                assertThat(env).as(service + " signs in as its application role, migrates as the owner")
                        .contains("{\"name\":\"QUARKUS_DATASOURCE_USERNAME\",\"valueFrom\":{\"secretKeyRef\":"
                                + "{\"key\":\"username\",\"name\":\"send-postgres-" + database + "-app\"}}}")
                        .contains("{\"name\":\"QUARKUS_FLYWAY_USERNAME\",\"valueFrom\":{\"secretKeyRef\":"
                                + "{\"key\":\"username\",\"name\":\"send-postgres-" + database + "\"}}}");
            }
            assertThat(roles).containsEntry("keycloak", "send-postgres-keycloak");
            assertThat(only(manifests, "Deployment", "keycloak").toString()).contains("send-postgres-keycloak")
                    .doesNotContain("send-postgres-app");
        }
    }

    /** A pod as the network policies select it: its labels, and the ports it serves by name. */
    private record Pod(Map<String, String> labels, Map<String, Integer> ports) {

        static Pod named(String name, Map<String, Integer> ports) {
            return new Pod(Map.of("app.kubernetes.io/name", name), ports);
        }
    }

    private static final Map<String, Integer> NO_NAMED_PORTS = Map.of();
    private static final Pod REFERRAL = Pod.named("referral-service", Map.of("http", 8081));
    private static final Pod TRIAGE = Pod.named("triage-service", Map.of("http", 8082));
    private static final Pod TRANSITION = Pod.named("transition-service", Map.of("http", 8083));
    private static final Pod NOTIFICATION = Pod.named("notification-service", Map.of("http", 8084));
    private static final Pod KEYCLOAK = Pod.named("keycloak", Map.of("http", 8180));
    private static final Pod POSTGRES = new Pod(Map.of("cnpg.io/cluster", "send-postgres"), NO_NAMED_PORTS);
    private static final Pod KAFKA = new Pod(Map.of("strimzi.io/cluster", "send-kafka"), NO_NAMED_PORTS);

    @Test
    void theNetworkAllowsTheFlowsTheArchitectureNeedsAndNoOthers() {
        for (List<JsonNode> manifests : List.of(base, production)) {
            List<JsonNode> policies = of(manifests, "NetworkPolicy");
            JsonNode deny = only(manifests, "NetworkPolicy", "default-deny");
            assertThat(deny.at("/spec/podSelector").size()).as("every pod").isZero();
            assertThat(deny.at("/spec/policyTypes").toString()).contains("Ingress", "Egress");
            for (Pod service : List.of(REFERRAL, TRIAGE, TRANSITION, NOTIFICATION)) {
                assertThat(allowed(policies, service, POSTGRES, 5432)).as(service + " to its database").isTrue();
                assertThat(allowed(policies, service, KAFKA, 9093)).as(service + " to Kafka's TLS listener").isTrue();
                assertThat(allowed(policies, service, KAFKA, 9092)).as(service + " to a plain listener").isFalse();
                assertThat(allowed(policies, service, KEYCLOAK, 8180)).as(service + " to Keycloak").isTrue();
            }
            assertThat(allowed(policies, KEYCLOAK, POSTGRES, 5432)).isTrue();
            for (Pod read : List.of(REFERRAL, TRANSITION, NOTIFICATION)) {
                assertThat(allowed(policies, TRIAGE, read, read.ports().get("http"))).as("the portal reads").isTrue();
            }
            assertThat(allowed(policies, REFERRAL, NOTIFICATION, 8084)).as("the family page's inbox").isTrue();
            // Only through Kafka otherwise.
            assertThat(allowed(policies, REFERRAL, TRIAGE, 8082)).isFalse();
            assertThat(allowed(policies, NOTIFICATION, REFERRAL, 8081)).isFalse();
            assertThat(allowed(policies, TRANSITION, NOTIFICATION, 8084)).isFalse();
            assertThat(allowed(policies, NOTIFICATION, POSTGRES, 8000)).isFalse();
            assertThat(allowed(policies, TRIAGE, KAFKA, 9091)).isFalse();
        }
    }

    @Test
    void eachServiceSignsInToKafkaOverTlsAsItsOwnUserAllowedOnlyWhatItDoes() {
        for (List<JsonNode> manifests : List.of(base, production)) {
            JsonNode listeners = only(manifests, "Kafka", "send-kafka").at("/spec/kafka/listeners");
            assertThat(listeners.size()).as("one listener").isEqualTo(1);
            assertThat(listeners.at("/0/tls").asBoolean()).isTrue();
            assertThat(listeners.at("/0/authentication/type").asText()).isEqualTo("scram-sha-512");
            assertThat(only(manifests, "Kafka", "send-kafka").at("/spec/kafka/authorization/type").asText())
                    .isEqualTo("simple");
            for (String service : Platform.SERVICES) {
                ServiceConfiguration configuration = new ServiceConfiguration(REPOSITORY, service);
                Set<String> expected = new HashSet<>();
                // Its own topic: written through the outbox, and read back with its dead letters to publish again.
                String own = configuration.value("outbox.topic");
                expected.add("topic " + own + " Write,Read,Describe");
                expected.add("topic " + Topics.deadLetter(own) + " Read,Describe");
                // What it consumes, and the dead-letter twins where its consumers set aside what they cannot apply.
                configuration.valuesOf("mp\\.messaging\\.incoming\\.[^.]+\\.topic").forEach(topic -> {
                    expected.add("topic " + topic + " Read,Describe");
                    expected.add("topic " + Topics.deadLetter(topic) + " Write,Describe");
                });
                configuration.valuesOf("mp\\.messaging\\.incoming\\..*\\.group\\.id")
                        .forEach(group -> expected.add("group " + group + " Read"));
                Set<String> granted = new HashSet<>();
                for (JsonNode acl : only(manifests, "KafkaUser", service).at("/spec/authorization/acls")) {
                    assertThat(acl.at("/resource/patternType").asText()).as("no wildcards").isEqualTo("literal");
                    granted.add(acl.at("/resource/type").asText() + " " + acl.at("/resource/name").asText() + " "
                            + String.join(",", StreamSupport.stream(acl.get("operations").spliterator(), false)
                                    .map(JsonNode::asText).toList()));
                }
                assertThat(granted).as(service + "'s ACLs").isEqualTo(expected);
                JsonNode config = only(manifests, "ConfigMap", service).get("data");
                assertThat(config.path("KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_SSL");
                assertThat(config.path("KAFKA_SASL_MECHANISM").asText()).isEqualTo("SCRAM-SHA-512");
                assertThat(config.path("KAFKA_BOOTSTRAP_SERVERS").asText()).endsWith(":9093");
                assertThat(only(manifests, "Deployment", service).at("/spec/template/spec/containers/0/env")
                        .toString()).contains("{\"key\":\"sasl.jaas.config\",\"name\":\"" + service + "\"}");
            }
        }
    }

    @Test
    void theOnlyWayInIsTlsThroughTheIngressToTheHostsTheRealmAndServicesAreToldOf() {
        for (List<JsonNode> manifests : List.of(base, production)) {
            JsonNode ingress = only(manifests, "Ingress", "send");
            List<String> tlsHosts = new ArrayList<>();
            ingress.at("/spec/tls/0/hosts").forEach(host -> tlsHosts.add(host.asText()));
            JsonNode realm = only(manifests, "ConfigMap", "keycloak").get("data");
            for (String url : List.of("KC_HOSTNAME", "PORTAL_URL", "FAMILY_INBOX_URL", "FAMILY_PAGES_URL")) {
                assertThat(realm.get(url).asText()).startsWith("https://");
                assertThat(tlsHosts).contains(URI.create(realm.get(url).asText()).getHost());
            }
            for (JsonNode rule : ingress.at("/spec/rules")) {
                assertThat(tlsHosts).as("served over TLS").contains(rule.path("host").asText());
                for (JsonNode path : rule.at("/http/paths")) {
                    String service = path.at("/backend/service/name").asText();
                    assertThat(only(manifests, "Service", service).at("/spec/ports").findValuesAsText("name"))
                            .contains(path.at("/backend/service/port/name").asText());
                }
            }
            // GOV.UK Notify's callbacks reach notification-service; the audit endpoints stay inside.
            assertThat(ingress.toString()).contains("/api/notify").doesNotContain("/api/audit");
        }
    }

    /** Whether the policies let {@code from} open a connection to {@code to} on the port (TCP). */
    private static boolean allowed(List<JsonNode> policies, Pod from, Pod to, int port) {
        boolean out = policies.stream().filter(p -> types(p).contains("Egress") && selects(p.at("/spec/podSelector"),
                from)).anyMatch(p -> permits(p.at("/spec/egress"), "to", from, to, port));
        // Strimzi writes the policies of its own listeners: Kafka's side is the operator's.
        boolean in = to == KAFKA || policies.stream().filter(p -> types(p).contains("Ingress")
                && selects(p.at("/spec/podSelector"), to)).anyMatch(p -> permits(p.at("/spec/ingress"), "from", to,
                        from, port));
        return out && in;
    }

    private static String types(JsonNode policy) {
        return policy.at("/spec/policyTypes").toString();
    }

    /** Whether one of the rules admits the peer on the port; {@code self} serves or opens the port. */
    private static boolean permits(JsonNode rules, String direction, Pod self, Pod peer, int port) {
        for (JsonNode rule : rules) {
            boolean peerMatches = rule.path(direction).isMissingNode() || StreamSupport.stream(
                    rule.path(direction).spliterator(), false).anyMatch(entry -> entry.path("namespaceSelector")
                            .isMissingNode() && entry.path("ipBlock").isMissingNode()
                            && selects(entry.path("podSelector"), peer));
            Pod server = direction.equals("to") ? peer : self;
            boolean portMatches = rule.path("ports").isMissingNode() || StreamSupport.stream(
                    rule.path("ports").spliterator(), false).anyMatch(p -> p.path("port").isInt()
                            ? p.path("port").asInt() == port : server.ports().get(p.path("port").asText()) != null
                                    && server.ports().get(p.path("port").asText()) == port);
            if (peerMatches && portMatches) {
                return true;
            }
        }
        return false;
    }

    private static boolean selects(JsonNode selector, Pod pod) {
        if (selector.isMissingNode()) {
            return false;
        }
        boolean labels = StreamSupport.stream(((Iterable<Map.Entry<String, JsonNode>>) () -> selector
                .path("matchLabels").fields()).spliterator(), false)
                .allMatch(label -> label.getValue().asText().equals(pod.labels().get(label.getKey())));
        boolean expressions = StreamSupport.stream(selector.path("matchExpressions").spliterator(), false)
                .allMatch(e -> e.path("operator").asText().equals("In")
                        && StreamSupport.stream(e.path("values").spliterator(), false).anyMatch(v -> v.asText()
                                .equals(pod.labels().get(e.path("key").asText()))));
        return labels && expressions;
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
