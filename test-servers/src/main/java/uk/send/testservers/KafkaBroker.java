package uk.send.testservers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import uk.send.contracts.Topics;

/**
 * A real single-node Apache Kafka broker in KRaft mode (combined broker and controller), started once per test JVM
 * with Kafka's own test kit on free ports (or, with {@code -Dtest.servers=containers}, the platform's Kafka image,
 * secured: {@link ServerMode}). The platform's topics and their dead-letter twins are created up front,
 * as the deployment does. Like {@link PostgresServer}, the address is kept in a system property so that every class
 * loader Quarkus makes for a restart finds the same broker.
 */
public final class KafkaBroker {

    public static final int PARTITIONS = 3;

    private static final String BOOTSTRAP = "send.test-servers.kafka.bootstrap";
    private static final String CERTIFICATE = "send.test-servers.kafka.certificate";
    private static final String ADMIN_PASSWORD = "send.test-servers.kafka.admin-password";
    private static KafkaClusterTestKit cluster;

    private KafkaBroker() {
    }

    public static String bootstrapServers() {
        synchronized (System.getProperties()) {
            if (System.getProperty(BOOTSTRAP) == null) {
                if (ServerMode.current() == ServerMode.CONTAINERS) {
                    String password = UUID.randomUUID().toString();
                    KafkaContainer.Started started = KafkaContainer.start(password, PARTITIONS);
                    System.setProperty(ADMIN_PASSWORD, password);
                    System.setProperty(CERTIFICATE, started.certificate().toString());
                    System.setProperty(BOOTSTRAP, started.bootstrapServers());
                } else {
                    cluster = start();
                    System.setProperty(BOOTSTRAP, cluster.bootstrapServers());
                }
            }
            return System.getProperty(BOOTSTRAP);
        }
    }

    /**
     * What a client needs to reach the broker: its address and, where it is secured (the container's), TLS trusting
     * its certificate and SCRAM-SHA-512 as its admin. Keys as Kafka's clients name them.
     */
    public static Map<String, String> clientProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("bootstrap.servers", bootstrapServers());
        if (System.getProperty(CERTIFICATE) != null) {
            properties.put("security.protocol", "SASL_SSL");
            properties.put("sasl.mechanism", "SCRAM-SHA-512");
            properties.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                    + "username=\"" + KafkaContainer.ADMIN + "\" password=\"" + System.getProperty(ADMIN_PASSWORD)
                    + "\";");
            properties.put("ssl.truststore.type", "PEM");
            properties.put("ssl.truststore.location", System.getProperty(CERTIFICATE));
        }
        return properties;
    }

    private static KafkaClusterTestKit start() {
        try {
            // Under the module's target folder: the broker runs until the JVM exits and is never closed, since
            // closing it while the last application shuts down can make the test kit halt the JVM; mvn clean
            // removes what it leaves.
            Path base = Files.createDirectories(Path.of("target", "kafka-test-broker")).toAbsolutePath();
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setBaseDirectory(Files.createTempDirectory(base, "kraft-"))
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "3")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", String.valueOf(PARTITIONS))
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            createTopics(kit.bootstrapServers());
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
        }
    }

    private static void createTopics(String bootstrapServers) throws InterruptedException, ExecutionException {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(properties)) {
            List<NewTopic> topics = new ArrayList<>();
            for (String topic : Topics.ALL) {
                topics.add(new NewTopic(topic, PARTITIONS, (short) 1));
                topics.add(new NewTopic(Topics.deadLetter(topic), 1, (short) 1));
            }
            Set<String> existing = admin.listTopics().names().get();
            admin.createTopics(topics.stream().filter(t -> !existing.contains(t.name())).toList()).all().get();
        }
    }
}
