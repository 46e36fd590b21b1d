package uk.send.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

import uk.send.contracts.Topics;

/**
 * A standalone Apache Kafka broker, one combined broker-and-controller node in KRaft mode, run from the Kafka jars
 * in a process of its own. The storage is formatted once; the platform's topics are created if missing.
 */
final class LocalKafka implements Component {

    static final int PARTITIONS = 3;

    private final PlatformSettings settings;
    private ChildProcess process;

    LocalKafka(PlatformSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public void start() throws Exception {
        FreePort.await(settings.kafkaPort(), Duration.ofSeconds(30));
        FreePort.await(settings.kafkaControllerPort(), Duration.ofSeconds(30));
        Path config = writeConfig();
        Path logDir = settings.data("kafka");
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            ChildProcess format = new ChildProcess("kafka-storage-format", List.of(ChildProcess.java(), "-cp",
                    System.getProperty("java.class.path"), "kafka.tools.StorageTool", "format", "--standalone",
                    "-t", Uuid.randomUuid().toString(), "-c", config.toString()), Map.of(), settings.home(),
                    settings.log("kafka"));
            format.runToCompletion(Duration.ofSeconds(60));
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
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=" + controller,
                "listeners=PLAINTEXT://localhost:" + settings.kafkaPort() + ",CONTROLLER://" + controller,
                "advertised.listeners=PLAINTEXT://localhost:" + settings.kafkaPort() + ",CONTROLLER://" + controller,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir,
                "num.partitions=" + PARTITIONS,
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        Path config = settings.home().resolve("kafka-server.properties");
        Files.writeString(config, properties);
        return config;
    }

    /** Creates the topics that are missing; false while the broker does not answer yet. */
    private boolean createTopics() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        try (Admin admin = Admin.create(properties)) {
            Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : Topics.ALL) {
                missing.add(new NewTopic(topic, PARTITIONS, (short) 1));
                missing.add(new NewTopic(Topics.deadLetter(topic), 1, (short) 1));
            }
            missing.removeIf(topic -> existing.contains(topic.name()));
            admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
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
        return "Kafka           " + settings.kafkaBootstrap();
    }
}
