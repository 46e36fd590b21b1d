package uk.send.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the local platform keeps its data and which ports it uses. The defaults are DESIGN.md's local ports; each
 * can be overridden by an environment variable of the same name in capitals (for example {@code KAFKA_PORT}).
 */
public record PlatformSettings(
        Path repository,
        Path home,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int keycloakPort,
        int smtpPort,
        int imapPort,
        int textMessagesPort,
        Map<String, Integer> servicePorts) {

    /** The same ports, with the platform's home elsewhere: for a test that starts a server of its own. */
    public PlatformSettings withHome(Path otherHome) {
        return new PlatformSettings(repository, otherHome, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort,
                smtpPort, imapPort, textMessagesPort, servicePorts);
    }

    /** The same platform, reached at other ports for some services: for clients of a further instance of each. */
    public PlatformSettings withServicePorts(Map<String, Integer> otherPorts) {
        Map<String, Integer> ports = new HashMap<>(servicePorts);
        ports.putAll(otherPorts);
        return new PlatformSettings(repository, home, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort,
                smtpPort, imapPort, textMessagesPort, Map.copyOf(ports));
    }

    public static PlatformSettings fromEnvironment(Path repository) {
        Map<String, String> env = System.getenv();
        return new PlatformSettings(
                repository,
                Path.of(env.getOrDefault("PLATFORM_HOME", repository.resolve(".platform").toString())),
                port(env, "POSTGRES_PORT", 55432),
                port(env, "KAFKA_PORT", 9092),
                port(env, "KAFKA_CONTROLLER_PORT", 9093),
                port(env, "KEYCLOAK_PORT", 8180),
                port(env, "SMTP_PORT", 2525),
                port(env, "IMAP_PORT", 3143),
                port(env, "TEXT_MESSAGES_PORT", 8089),
                Map.of(
                        "referral-service", port(env, "REFERRAL_PORT", 8081),
                        "triage-service", port(env, "TRIAGE_PORT", 8082),
                        "transition-service", port(env, "TRANSITION_PORT", 8083),
                        "notification-service", port(env, "NOTIFICATION_PORT", 8084)));
    }

    public Path data(String component) {
        return home.resolve("data").resolve(component);
    }

    public Path log(String component) {
        return home.resolve("logs").resolve(component + ".log");
    }

    /** Where the notification service sends text messages: the local service speaking GOV.UK Notify's API. */
    public String textMessagesUrl() {
        return "http://localhost:" + textMessagesPort;
    }

    public String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }

    /** How clients reach the broker: over TLS, each signed in as itself. */
    public KafkaSecurity kafkaSecurity() {
        return new KafkaSecurity(this);
    }

    /** The settings of a tool or drill reaching the broker as its administrator. */
    public Map<String, Object> kafkaAdminProperties() {
        return kafkaSecurity().clientProperties(KafkaSecurity.ADMIN);
    }

    public String issuer() {
        return "http://localhost:" + keycloakPort + "/realms/send";
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        return Integer.parseInt(env.getOrDefault(name, String.valueOf(fallback)));
    }
}
