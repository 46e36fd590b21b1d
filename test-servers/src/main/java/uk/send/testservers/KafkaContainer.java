package uk.send.testservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;

/**
 * Kafka as a container of the platform's own image (send/kafka, built by containers/build-images), secured as in
 * production: TLS with SCRAM-SHA-512, nothing anonymous. Tests sign in as the broker's admin. A broker tells its
 * clients its own address, so the listener takes a port free on the host and is published on that same number, valid
 * inside the container and out. Stopped when the JVM exits.
 */
final class KafkaContainer {

    static final String ADMIN = "admin";
    private static final List<String> SERVICES = List.of("REFERRAL", "TRIAGE", "TRANSITION", "NOTIFICATION");

    /** The broker's address on the host and the certificate (PEM) clients trust it by. */
    record Started(String bootstrapServers, Path certificate) {
    }

    private KafkaContainer() {
    }

    static Started start(String adminPassword, int partitions) {
        int port = freePort();
        GenericContainer<?> kafka = new GenericContainer<>("send/kafka")
                .withEnv("KAFKA_ADMIN_PASSWORD", adminPassword)
                .withEnv("KAFKA_TLS_STORE_PASSWORD", adminPassword)
                .withEnv("KAFKA_PORT", String.valueOf(port))
                .withEnv("KAFKA_ADVERTISED_ADDRESS", "localhost:" + port)
                .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(partitions))
                .withExposedPorts(port)
                .withCreateContainerCmdModifier(command -> command.getHostConfig().withPortBindings(
                        new PortBinding(Ports.Binding.bindPort(port), new ExposedPort(port))))
                .waitingFor(Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(3)));
        // The broker gives each service's user its ACLs at start: they need passwords, though tests sign in as admin.
        SERVICES.forEach(service -> kafka.withEnv(service + "_SERVICE_KAFKA_PASSWORD", adminPassword));
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "kafka-container-stop"));
        try {
            Path certificate = Files.createTempFile("kafka-test-broker", ".pem");
            kafka.copyFileFromContainer("/var/lib/kafka/tls/ca.pem", certificate.toString());
            return new Started("localhost:" + port, certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
