package uk.send.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A standalone Apache Kafka broker, one combined broker-and-controller node in KRaft mode, run from the Kafka jars
 * in a process of its own, secured as production's ({@link KafkaSecurity}): TLS with SCRAM-SHA-512 on its one client
 * listener, and each service's user with deploy/'s ACLs ({@link KafkaAccess}). The storage is formatted once, with the
 * broker's own user; the platform's topics, users and ACLs are created if missing.
 */
final class LocalKafka implements Component {

    private static final int PARTITIONS = PlatformTopics.partitions();

    private final PlatformSettings settings;
    private final KafkaSecurity security;
    private ChildProcess process;

    LocalKafka(PlatformSettings settings) {
        this.settings = settings;
        this.security = new KafkaSecurity(settings);
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public void start() throws Exception {
        FreePort.await(settings.kafkaPort(), Duration.ofSeconds(30));
        FreePort.await(settings.kafkaControllerPort(), Duration.ofSeconds(30));
        security.ensureCertificate();
        Path config = writeConfig();
        Path logDir = settings.data("kafka");
        Path secured = logDir.resolve(".secured");
        if (Files.exists(logDir.resolve("meta.properties")) && !Files.exists(secured)) {
            // A log from before the broker was secured has no user to sign in with: it starts afresh, once. Nothing is
            // lost that matters: every event was published from an outbox and applied, and the databases keep all.
            try (var files = Files.walk(logDir)) {
                files.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(logDir))
                        .forEach(path -> path.toFile().delete());
            }
        }
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            ChildProcess format = new ChildProcess("kafka-storage-format", List.of(ChildProcess.java(), "-cp",
                    System.getProperty("java.class.path"), "kafka.tools.StorageTool", "format", "--standalone",
                    "-t", Uuid.randomUuid().toString(), "-c", config.toString(), "--add-scram",
                    "SCRAM-SHA-512=[name=" + KafkaSecurity.ADMIN + ",password="
                            + KafkaSecurity.password(KafkaSecurity.ADMIN) + "]"), Map.of(), settings.home(),
                    settings.log("kafka"));
            format.runToCompletion(Duration.ofSeconds(60));
            Files.writeString(secured, "TLS and SCRAM-SHA-512 since this log was formatted\n");
        }
        process = new ChildProcess("kafka", List.of(ChildProcess.java(), "-Xms256m", "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "kafka.Kafka", config.toString()), Map.of(), settings.home(),
                settings.log("kafka"));
        process.start();
        process.awaitReady(this::createTopics, Duration.ofSeconds(90));
    }

    private Path writeConfig() throws Exception {
        Path logDir = settings.data("kafka");
        Files.createDirectories(logDir);
        String controller = "localhost:" + settings.kafkaControllerPort();
        List<String> lines = new ArrayList<>(List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=" + controller,
                "listeners=SASL_SSL://localhost:" + settings.kafkaPort() + ",CONTROLLER://" + controller,
                "advertised.listeners=SASL_SSL://localhost:" + settings.kafkaPort() + ",CONTROLLER://" + controller,
                "controller.listener.names=CONTROLLER",
                "log.dirs=" + logDir,
                "num.partitions=" + PARTITIONS,
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0"));
        lines.addAll(security.brokerSettings());
        String properties = String.join("\n", lines) + "\n";
        Path config = settings.home().resolve("kafka-server.properties");
        Files.writeString(config, properties);
        return config;
    }

    /** Creates the topics, users and ACLs that are missing; false while the broker does not answer yet. */
    private boolean createTopics() {
        Properties properties = new Properties();
        properties.putAll(security.clientProperties(KafkaSecurity.ADMIN));
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        try (Admin admin = Admin.create(properties)) {
            PlatformTopics.createMissing(admin, PARTITIONS);
            KafkaAccess.grant(admin, KafkaAccess.fromDeploy(settings.repository()), KafkaSecurity::password);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.stop();
        }
    }

    void kill() {
        process.kill();
    }

    @Override
    public String address() {
        return "Kafka           " + settings.kafkaBootstrap() + " (TLS, trusting " + security.certificateAuthority()
                + "; SCRAM-SHA-512 as " + KafkaSecurity.ADMIN + " / " + KafkaSecurity.password(KafkaSecurity.ADMIN)
                + ", or a service as itself)";
    }
}
