package uk.send.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * What the container broker (containers/kafka) runs once it listens: the platform's topics, and each service's user
 * with its password and the ACLs of {@code deploy/base/kafka/users.yaml}, as the local broker gets them
 * ({@link LocalKafka}). Idempotent, so it runs at every start. Each user's password comes from the environment, as
 * {@code REFERRAL_SERVICE_KAFKA_PASSWORD} for {@code referral-service}; a user without one stops the broker's start.
 *
 * <p>Settings: {@code KAFKA_SETUP_BOOTSTRAP}, {@code KAFKA_ADMIN_PASSWORD}, {@code KAFKA_SETUP_TRUST} (the broker's
 * certificate, PEM), {@code KAFKA_SETUP_USERS} (the users file), {@code KAFKA_NUM_PARTITIONS}.
 */
public final class KafkaSetup {

    private KafkaSetup() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Object> properties = new HashMap<>();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, required("KAFKA_SETUP_BOOTSTRAP"));
        properties.put("security.protocol", "SASL_SSL");
        properties.put("sasl.mechanism", "SCRAM-SHA-512");
        properties.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"" + KafkaSecurity.ADMIN + "\" password=\"" + required("KAFKA_ADMIN_PASSWORD") + "\";");
        properties.put("ssl.truststore.type", "PEM");
        properties.put("ssl.truststore.location", required("KAFKA_SETUP_TRUST"));
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        var users = KafkaAccess.from(Path.of(required("KAFKA_SETUP_USERS")));
        users.forEach(user -> required(passwordVariable(user.name())));
        int partitions = PlatformTopics.partitions();

        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        try (Admin admin = Admin.create(properties)) {
            while (true) {
                try {
                    PlatformTopics.createMissing(admin, partitions);
                    KafkaAccess.grant(admin, users, user -> System.getenv(passwordVariable(user)));
                    System.out.println("Topics, " + users.size() + " users and their ACLs are in place");
                    return;
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(giveUp)) {
                        throw notYet;
                    }
                    Thread.sleep(1000); // the broker is still starting: ask again
                }
            }
        }
    }

    static String passwordVariable(String user) {
        return user.toUpperCase(Locale.ROOT).replace('-', '_') + "_KAFKA_PASSWORD";
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            System.err.println("Set " + variable);
            System.exit(2);
        }
        return value;
    }
}
