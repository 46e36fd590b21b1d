package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import uk.send.contracts.Topics;
import uk.send.launcher.PlatformSettings;

/**
 * The running platform's broker, secured as in production (TLS, SCRAM-SHA-512, deploy/'s ACLs), while the journey and
 * every drill run through it: a client without credentials, or with a wrong password, is refused; a service's user can
 * neither forge another service's events nor join its consumer group; the service's own reads are let through.
 */
class KafkaSecurityIT {

    private static final Duration REFUSED_WITHIN = Duration.ofSeconds(10);

    @Test
    void aClientWithoutTheRightCredentialsIsRefusedAndAServiceCannotActAsAnother() throws Exception {
        PlatformSettings settings = PlatformUnderTest.get().settings();
        Map<String, Object> admin = settings.kafkaAdminProperties();

        // No TLS, no user: the listener speaks only TLS.
        assertThatThrownBy(() -> listTopics(Map.of("bootstrap.servers", settings.kafkaBootstrap())))
                .as("a plain client").isInstanceOfAny(ExecutionException.class, TimeoutException.class);
        // TLS, but no user.
        Map<String, Object> tlsOnly = new HashMap<>(admin);
        tlsOnly.put("security.protocol", "SSL");
        tlsOnly.remove("sasl.mechanism");
        tlsOnly.remove("sasl.jaas.config");
        assertThatThrownBy(() -> listTopics(tlsOnly)).as("TLS without a user")
                .isInstanceOfAny(ExecutionException.class, TimeoutException.class);
        // The controller's own listener answers the broker's certificate, and nothing else.
        Map<String, Object> asTheBroker = settings.kafkaSecurity().controllerClientProperties();
        assertThat(clusterId(asTheBroker)).as("the broker's certificate").isNotBlank();
        Map<String, Object> noCertificate = new HashMap<>(asTheBroker);
        noCertificate.keySet().removeIf(key -> key.startsWith("ssl.keystore"));
        assertThatThrownBy(() -> clusterId(noCertificate)).as("the controller, TLS without the broker's certificate")
                .isInstanceOfAny(ExecutionException.class, TimeoutException.class);
        assertThatThrownBy(() -> clusterId(Map.of(AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG,
                asTheBroker.get(AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG)))).as("the controller, plain")
                .isInstanceOfAny(ExecutionException.class, TimeoutException.class);
        // A service's name with a wrong password.
        Map<String, Object> wrongPassword = new HashMap<>(settings.kafkaSecurity()
                .clientProperties("notification-service"));
        wrongPassword.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"notification-service\" password=\"guessed\";");
        assertThatThrownBy(() -> listTopics(wrongPassword)).as("a wrong password")
                .hasRootCauseInstanceOf(SaslAuthenticationException.class);

        Map<String, Object> triage = settings.kafkaSecurity().clientProperties("triage-service");
        // triage-service forging a closure on referral-service's topic.
        Map<String, Object> producer = new HashMap<>(triage);
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) REFUSED_WITHIN.toMillis());
        try (KafkaProducer<String, String> forger = new KafkaProducer<>(producer, new StringSerializer(),
                new StringSerializer())) {
            assertThatThrownBy(() -> forger.send(new ProducerRecord<>(Topics.REFERRAL_EVENTS, "forged", "{}"))
                    .get(REFUSED_WITHIN.toSeconds(), TimeUnit.SECONDS)).as("forging referral.events")
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        // triage-service joining notification-service's group, to commit its offsets past the closure notices.
        Map<String, Object> consumer = new HashMap<>(triage);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "notification-service");
        try (KafkaConsumer<String, String> intruder = new KafkaConsumer<>(consumer, new StringDeserializer(),
                new StringDeserializer())) {
            intruder.subscribe(List.of(Topics.REFERRAL_EVENTS));
            assertThatThrownBy(() -> intruder.poll(REFUSED_WITHIN)).as("joining notification-service's group")
                    .isInstanceOf(GroupAuthorizationException.class);
        }
        // What triage-service does need, it may: read referral.events.
        Map<String, Object> reader = new HashMap<>(triage);
        reader.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<String, String> own = new KafkaConsumer<>(reader, new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(Topics.REFERRAL_EVENTS, 0);
            own.assign(List.of(partition));
            own.seekToBeginning(List.of(partition));
            assertThat(own.position(partition, REFUSED_WITHIN)).isGreaterThanOrEqualTo(0);
        }
        assertThat(listTopics(admin)).contains(Topics.REFERRAL_EVENTS, Topics.deadLetter(Topics.REFERRAL_EVENTS));
        System.out.println("Kafka security: refused a client without TLS, TLS without a user, the controller "
                + "without the broker's certificate, a wrong password, "
                + "triage-service writing referral.events and joining notification-service's group; let through "
                + "triage-service reading referral.events and the administrator");
    }

    private static String clusterId(Map<String, Object> client) throws Exception {
        Map<String, Object> properties = new HashMap<>(client);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REFUSED_WITHIN.toMillis());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) REFUSED_WITHIN.toMillis());
        try (Admin admin = Admin.create(properties)) {
            return admin.describeCluster().clusterId().get(REFUSED_WITHIN.toSeconds() + 5, TimeUnit.SECONDS);
        }
    }

    private static Set<String> listTopics(Map<String, Object> client) throws Exception {
        Map<String, Object> properties = new HashMap<>(client);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REFUSED_WITHIN.toMillis());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) REFUSED_WITHIN.toMillis());
        try (Admin admin = Admin.create(properties)) {
            return admin.listTopics().names().get(REFUSED_WITHIN.toSeconds() + 5, TimeUnit.SECONDS);
        }
    }
}
