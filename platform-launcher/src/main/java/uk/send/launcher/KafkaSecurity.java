package uk.send.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local broker is secured as production's is: one TLS listener with SCRAM-SHA-512, and each service signed in as
 * its own user with exactly the ACLs {@code deploy/} gives it ({@link KafkaAccess}). The broker's certificate is made
 * once per platform home with the JDK's keytool, and clients trust it by its PEM file, as services trust the cluster
 * CA's in {@code deploy/}. Local passwords, like the databases': this is a machine of one developer or a test run.
 */
public final class KafkaSecurity {

    /** The broker's own user: inter-broker traffic, creating topics, users and ACLs, and the tools and drills. */
    static final String ADMIN = "admin";
    private static final String STORE_PASSWORD = "send-local";
    /** Who the broker is to its own controller: the subject of its certificate. */
    private static final String BROKER_PRINCIPAL = "CN=localhost";

    private final PlatformSettings settings;

    KafkaSecurity(PlatformSettings settings) {
        this.settings = settings;
    }

    /** The PEM file clients trust the broker by. */
    public Path certificateAuthority() {
        return directory().resolve("ca.pem");
    }

    Path keyStore() {
        return directory().resolve("broker.p12");
    }

    private Path directory() {
        return settings.home().resolve("kafka-tls");
    }

    /** Each user's local password. */
    static String password(String user) {
        return user + "-local-kafka";
    }

    /** Makes the broker's key and certificate (for localhost) unless they exist. */
    void ensureCertificate() throws Exception {
        if (Files.exists(keyStore()) && Files.exists(certificateAuthority())) {
            return;
        }
        Files.createDirectories(directory());
        Files.deleteIfExists(keyStore());
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        new ChildProcess("kafka-certificate", List.of(keytool, "-genkeypair", "-alias", "broker", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", BROKER_PRINCIPAL, "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "3650", "-storetype", "PKCS12", "-keystore", keyStore().toString(), "-storepass",
                STORE_PASSWORD), Map.of(), settings.home(), settings.log("kafka")).runToCompletion(Duration.ofSeconds(60));
        new ChildProcess("kafka-certificate-export", List.of(keytool, "-exportcert", "-rfc", "-alias", "broker",
                "-storetype", "PKCS12", "-keystore", keyStore().toString(), "-storepass", STORE_PASSWORD, "-file",
                certificateAuthority().toString()), Map.of(), settings.home(), settings.log("kafka"))
                .runToCompletion(Duration.ofSeconds(60));
    }

    /** The broker's listener settings: TLS with SCRAM for every client, ACLs enforced, nothing for anonymous. */
    List<String> brokerSettings() {
        return List.of(
                // Clients: TLS and SCRAM. The controller's listener: TLS with the broker's certificate, asked of every
                // caller, so only the broker itself reaches the controller (nothing there is anonymous).
                "listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL",
                "listener.name.controller.ssl.client.auth=required",
                "inter.broker.listener.name=SASL_SSL",
                "sasl.enabled.mechanisms=SCRAM-SHA-512",
                "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
                "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=" + jaas(ADMIN),
                "ssl.keystore.type=PKCS12",
                "ssl.keystore.location=" + keyStore(),
                "ssl.keystore.password=" + STORE_PASSWORD,
                // The broker is a client of itself (inter-broker), and checks at start that it trusts its own name.
                "ssl.truststore.type=PEM",
                "ssl.truststore.location=" + certificateAuthority(),
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:" + ADMIN + ";User:" + BROKER_PRINCIPAL,
                "allow.everyone.if.no.acl.found=false");
    }

    /** The settings a client signing in as this user needs (the admin's for the tools and drills). */
    public Map<String, Object> clientProperties(String user) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("bootstrap.servers", settings.kafkaBootstrap());
        properties.put("security.protocol", "SASL_SSL");
        properties.put("sasl.mechanism", "SCRAM-SHA-512");
        properties.put("sasl.jaas.config", jaas(user));
        properties.put("ssl.truststore.type", "PEM");
        properties.put("ssl.truststore.location", certificateAuthority().toString());
        return properties;
    }

    /** The settings a client needs to reach the controller's listener: the broker's own certificate, as the broker. */
    public Map<String, Object> controllerClientProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("bootstrap.controllers", "localhost:" + settings.kafkaControllerPort());
        properties.put("security.protocol", "SSL");
        properties.put("ssl.truststore.type", "PEM");
        properties.put("ssl.truststore.location", certificateAuthority().toString());
        properties.put("ssl.keystore.type", "PKCS12");
        properties.put("ssl.keystore.location", keyStore().toString());
        properties.put("ssl.keystore.password", STORE_PASSWORD);
        return properties;
    }

    /** The environment a service reads its Kafka security from, as in deploy/. */
    Map<String, String> serviceEnvironment(String service) {
        return Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", jaas(service),
                "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", certificateAuthority().toString());
    }

    private static String jaas(String user) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password(user) + "\";";
    }
}
