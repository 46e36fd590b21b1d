package uk.send.testservers;

import java.time.Duration;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL as a container of the platform's own image (send/postgres, built by containers/build-images), for
 * {@link PostgresServer} when the tests run against containers. Stopped when the JVM exits.
 */
final class PostgresContainer {

    private PostgresContainer() {
    }

    /** Starts the server and returns the port the host reaches it on. */
    static int start(String password, int maxConnections) {
        GenericContainer<?> postgres = new GenericContainer<>("send/postgres")
                .withEnv("POSTGRES_USER", "postgres")
                .withEnv("POSTGRES_PASSWORD", password)
                .withEnv("POSTGRES_DB", "postgres")
                .withCommand("-c", "max_connections=" + maxConnections)
                .withExposedPorts(5432)
                .withLogConsumer(new Slf4jLogConsumer(LoggerFactory.getLogger("postgres-container")))
                .waitingFor(Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(3)));
        postgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop, "postgres-container-stop"));
        return postgres.getMappedPort(5432);
    }
}
