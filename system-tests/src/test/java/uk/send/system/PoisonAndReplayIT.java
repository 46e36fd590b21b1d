package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventJson;
import uk.send.contracts.EventMetadata;
import uk.send.contracts.Priority;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.Topics;
import uk.send.contracts.TriageDecision;
import uk.send.contracts.notification.ClosureNoticeVerdict;
import uk.send.contracts.notification.NotificationClosureVerdict;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.transition.TransitionAdultHandoverDue;
import uk.send.contracts.triage.TriageDecisionMade;
import uk.send.launcher.Platform;
import uk.send.launcher.PlatformSettings;
import uk.send.launcher.ServiceApi;

/**
 * Poison on every topic (malformed JSON, an unknown event type, a valid event about a referral nobody knows) goes
 * to the topic's dead-letter twin with a reason while later events still flow; a closure set aside by a fault is
 * published again once the fault is mended, and told once; and every consumer group rewound to the start of its
 * topics changes no row.
 */
class PoisonAndReplayIT {

    private static final List<String> GROUPS = List.of("referral-service", "triage-service", "triage-scorecard",
            "transition-service", "notification-service");
    /** The tables each service's consumers write, counted before and after a replay. */
    private static final Map<String, List<String>> TABLES = Map.of(
            "referral", List.of("referral", "status_change", "event_conflict"),
            "triage", List.of("triage_case", "triage_decision", "scorecard_referral", "scorecard_reprioritisation",
                    "scorecard_closure_verdict", "scorecard_transition", "advice_request"),
            "transition", List.of("child", "child_referral", "transition_notice", "ehc_assessment",
                    "ehc_advice_request"),
            "notification", List.of("referral_copy", "recipient", "notice", "letter"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private Platform platform;
    private PlatformSettings settings;

    @Test
    void poisonIsSetAsideWithAReasonAndLaterEventsStillFlow() throws Exception {
        platform = PlatformUnderTest.get();
        settings = platform.settings();
        UUID stranger = UUID.randomUUID();
        Map<String, List<UUID>> poison = new LinkedHashMap<>();
        poison.put(Topics.REFERRAL_EVENTS, List.of(
                send(Topics.REFERRAL_EVENTS, "referral.submitted", "{\"referralId\": "),
                send(Topics.REFERRAL_EVENTS, "referral.exploded", "{}"),
                send(Topics.REFERRAL_EVENTS, "referral.status-changed", EventJson.write(new ReferralStatusChanged(
                        stranger, ClinicalService.CAMHS, "100001", ReferralStatus.IN_TRIAGE,
                        ReferralStatus.ACCEPTED_WAITING, Instant.now(), Priority.ROUTINE, null, null, null, null, 1,
                        null, List.of())))));
        poison.put(Topics.TRIAGE_EVENTS, List.of(
                send(Topics.TRIAGE_EVENTS, "triage.decision-made", "[1, 2"),
                send(Topics.TRIAGE_EVENTS, "triage.exploded", "{}"),
                send(Topics.TRIAGE_EVENTS, "triage.decision-made", EventJson.write(new TriageDecisionMade(stranger,
                        ClinicalService.CAMHS, TriageDecision.ACCEPTED, Instant.now(), Priority.ROUTINE, null, null,
                        null, 1, null, List.of())))));
        poison.put(Topics.TRANSITION_EVENTS, List.of(
                send(Topics.TRANSITION_EVENTS, "transition.due", "not json at all"),
                send(Topics.TRANSITION_EVENTS, "transition.exploded", "{}"),
                send(Topics.TRANSITION_EVENTS, "transition.adult-handover-due", "{\"childId\": 7}")));
        // A hand-over for a referral nobody has is recorded by referral-service, not set aside to be retried.
        UUID strangerHandover = send(Topics.TRANSITION_EVENTS, "transition.adult-handover-due", EventJson.write(
                new TransitionAdultHandoverDue(UUID.randomUUID(), stranger, ClinicalService.CAMHS,
                        ClinicalService.ADULT_MENTAL_HEALTH, LocalDate.now())));
        poison.put(Topics.NOTIFICATION_EVENTS, List.of(
                send(Topics.NOTIFICATION_EVENTS, "notification.closure-verdict", "{\"referralId\": 3"),
                send(Topics.NOTIFICATION_EVENTS, "notification.exploded", "{}")));
        // A verdict on a closure the scorecard has not seen yet is kept, not set aside: the verdict and the
        // referral's own events travel on different topics, so either may arrive first.
        UUID earlyNotice = send(Topics.NOTIFICATION_EVENTS, "notification.closure-verdict", EventJson.write(
                new NotificationClosureVerdict(stranger, UUID.randomUUID(), Instant.now(),
                        ClosureNoticeVerdict.TOLD_IN_TIME, null, 15, Instant.now())));

        // Later events still flow: a referral goes from the school to waiting in triage through every service.
        ServiceApi api = new ServiceApi(settings);
        String id = api.post("referral-service", "/api/referrals", "senco.oakfield",
                ReferralRequest.forSpeechAndLanguage("Poppy", "poison").body()).expect(201).json().get("id").asText();
        awaitLagZero();
        assertThat(api.get("referral-service", "/api/referrals/" + id, "caseworker").json().get("status").asText())
                .isEqualTo("IN_TRIAGE");

        int setAside = 0;
        for (Map.Entry<String, List<UUID>> topic : poison.entrySet()) {
            Map<UUID, String> reasons = deadLetters(topic.getKey());
            for (UUID event : topic.getValue()) {
                assertThat(reasons).as(topic.getKey() + " event " + event).containsKey(event);
                assertThat(reasons.get(event)).as("reason").isNotBlank();
            }
            setAside += topic.getValue().size();
            System.out.printf("Poison drill: %s: %d poison events sent, %d set aside on %s, e.g. \"%s\"%n",
                    topic.getKey(), topic.getValue().size(), topic.getValue().stream().filter(reasons::containsKey)
                            .count(), Topics.deadLetter(topic.getKey()), reasons.get(topic.getValue().get(0)));
        }
        assertThat(deadLetters(Topics.NOTIFICATION_EVENTS)).doesNotContainKey(earlyNotice);
        assertThat(deadLetters(Topics.TRANSITION_EVENTS)).doesNotContainKey(strangerHandover);
        assertThat(setAside).isEqualTo(11);
    }

    /**
     * A fault that outlasts a consumer's retries: notification-service's database refuses one referral's closure
     * notices, so the closure is set aside on referral.events.dlq while the referral is closed everywhere else. Once
     * the fault is mended, an operator publishes it again with the command, the school and the family are each told
     * once, and a second try is refused.
     */
    @Test
    void aClosureSetAsideByAFaultIsPublishedAgainOnceAfterTheMendAndBothAreToldOnce() throws Exception {
        platform = PlatformUnderTest.get();
        settings = platform.settings();
        ServiceApi api = new ServiceApi(settings);
        String id = api.post("referral-service", "/api/referrals", "senco.oakfield",
                ReferralRequest.forSpeechAndLanguage("Ffion", "setaside").body()).expect(201).json().get("id").asText();
        awaitLagZero();
        api.post("triage-service", "/api/triage/referrals/" + id + "/accept", "clinician.salt",
                Map.of("priority", "ROUTINE")).expect(202);
        awaitLagZero();
        // Retries cut to two seconds for this run of notification-service only, so the drill need not wait ten
        // minutes for the fault to outlast them.
        platform.service("notification-service").stop();
        platform.service("notification-service").start(Map.of("OUTBOX_CONSUMER_RETRY_FOR", "PT2S"));
        notificationSql("CREATE OR REPLACE FUNCTION drill_refuse_closure() RETURNS trigger AS $$ BEGIN "
                + "IF NEW.referral_id = '" + id + "' AND NEW.kind = 'CLOSED' THEN RAISE EXCEPTION 'drill'; END IF; "
                + "RETURN NEW; END $$ LANGUAGE plpgsql");
        notificationSql("CREATE TRIGGER drill_refuse_closure BEFORE INSERT ON notice FOR EACH ROW "
                + "EXECUTE FUNCTION drill_refuse_closure()");
        Instant faultFrom = Instant.now();
        JsonNode setAside;
        try {
            api.post("triage-service", "/api/triage/referrals/" + id + "/close", "clinician.salt",
                    Map.of("outcome", "DISCHARGED", "summary", "Discharged: the speech sounds are age-typical."))
                    .expect(202);
            setAside = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> closureSetAside(api, faultFrom), letter -> letter != null);
            awaitLagZero();
            assertThat(api.get("referral-service", "/api/referrals/" + id, "caseworker").json().get("status")
                    .asText()).isEqualTo("CLOSED");
            assertThat(closureNotices(id)).as("no one told while the fault lasts").isEmpty();
        } finally {
            notificationSql("DROP TRIGGER IF EXISTS drill_refuse_closure ON notice");
            platform.service("notification-service").stop();
            platform.service("notification-service").start();
        }
        assertThat(setAside.get("reason").asText())
                .isEqualTo("still failing after 2 seconds of retries: PSQLException (SQL state P0001)");
        assertThat(setAside.toString()).as("the dead letter shows no personal data").doesNotContain("Ffion");

        String deadLetter = setAside.get("id").asText();
        Command replay = command("replay", "referral-service", deadLetter);
        assertThat(replay.exitCode()).as(replay.output()).isZero();
        assertThat(replay.output()).contains("dead letter " + deadLetter + ": published again");

        await().atMost(Duration.ofMinutes(2)).until(() -> closureNotices(id).size() == 2
                && closureNotices(id).values().stream().allMatch("SENT"::equals));
        assertThat(closureNotices(id)).containsOnlyKeys("SCHOOL", "FAMILY");
        Command again = command("replay", "referral-service", deadLetter);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.output()).contains("HTTP 409", "by operator");
        Command list = command("list");
        assertThat(list.exitCode()).as(list.output()).isZero();
        assertThat(list.output()).contains("== notification-service", deadLetter, "by operator");
        System.out.print(list.output());
        awaitLagZero();
        assertThat(closureNotices(id)).hasSize(2);
        System.out.printf("Dead-letter drill: closure set aside by notification-service (\"%s\"), published again "
                + "once after the mend: school and family told once each; a second replay refused%n",
                setAside.get("reason").asText());
    }

    @Test
    void rewindingEveryConsumerGroupToTheStartChangesNothing() throws Exception {
        platform = PlatformUnderTest.get();
        settings = platform.settings();
        awaitLagZero();
        Map<String, Long> before = rowCounts();
        long events = endOffsets(Topics.ALL).values().stream().mapToLong(Long::longValue).sum();

        for (String service : Platform.SERVICES) {
            platform.service(service).stop();
        }
        try (Admin admin = admin()) {
            for (String group : GROUPS) {
                Set<TopicPartition> partitions = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get().keySet();
                Map<TopicPartition, OffsetAndMetadata> start = partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> new OffsetAndMetadata(0)));
                admin.alterConsumerGroupOffsets(group, start).all().get();
            }
        }
        for (String service : Platform.SERVICES) {
            platform.service(service).start();
        }
        awaitLagZero();
        Map<String, Long> after = rowCounts();

        System.out.printf("Replay drill: %d consumer groups rewound to the start of %d events; rows before %s, "
                + "after %s%n", GROUPS.size(), events, before, after);
        assertThat(after).isEqualTo(before);
    }

    private UUID send(String topic, String type, String value) {
        Properties properties = new Properties();
        properties.putAll(settings.kafkaAdminProperties());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new StringSerializer())) {
            UUID id = UUID.randomUUID();
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, id.toString(), value);
            CloudEventHeaders.write(record.headers(), new EventMetadata(id, type, URI.create("/drill"), Instant.now(),
                    id.toString()));
            producer.send(record).get();
            return id;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every event on a dead-letter topic, by its event id, with the reason it was set aside. */
    private Map<UUID, String> deadLetters(String topic) {
        Properties properties = new Properties();
        properties.putAll(settings.kafkaAdminProperties());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<UUID, String> reasons = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.deadLetter(topic)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode letter = readTree(record.value());
                    if (letter.hasNonNull("eventId")) {
                        reasons.put(UUID.fromString(letter.get("eventId").asText()), letter.path("reason").asText());
                    }
                }
            }
        }
        return reasons;
    }

    /** The closure dead letter notification-service set aside since the fault began, as the operator lists it. */
    private static JsonNode closureSetAside(ServiceApi api, Instant since) {
        for (JsonNode letter : api.get("referral-service", "/api/dead-letters?waiting=true", "operator").expect(200)
                .json()) {
            if (letter.get("setAsideBy").asText().equals("notification-service")
                    && letter.get("type").asText().equals("referral.status-changed")
                    && Instant.parse(letter.get("setAsideAt").asText()).isAfter(since)) {
                return letter;
            }
        }
        return null;
    }

    /** The referral's closure notices in notification-service, by recipient, with their status. */
    private Map<String, String> closureNotices(String referral) throws SQLException {
        Map<String, String> notices = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("notification"), "send", "send");
                PreparedStatement query = connection.prepareStatement("SELECT recipient_type, status FROM notice "
                        + "WHERE referral_id = ?::uuid AND kind = 'CLOSED'")) {
            query.setString(1, referral);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    notices.merge(rows.getString(1), rows.getString(2), (a, b) -> a + "," + b);
                }
            }
        }
        return notices;
    }

    private void notificationSql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("notification"), "send",
                "send")) {
            connection.createStatement().execute(statement);
        }
    }

    private record Command(int exitCode, String output) {
    }

    /** Runs the operators' command, ./dead-letters, against the platform under test, signed in as the operator. */
    private Command command(String... arguments) throws Exception {
        List<String> line = new ArrayList<>(List.of(settings.repository().resolve("dead-letters").toString()));
        line.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("SEND_OPERATOR_PASSWORD", "demo");
        builder.environment().put("KEYCLOAK_URL", settings.issuer().replace("/realms/send", ""));
        for (String service : Platform.SERVICES) {
            builder.environment().put(service.toUpperCase().replace('-', '_') + "_URL",
                    "http://localhost:" + settings.servicePorts().get(service));
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./dead-letters did not finish: " + output);
        }
        return new Command(process.exitValue(), output);
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until every consumer group has consumed every event on the topics it reads. */
    private void awaitLagZero() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        long lag;
        do {
            lag = 0;
            try (Admin admin = admin()) {
                for (String group : GROUPS) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get();
                    Map<TopicPartition, Long> ends = endOffsets(committed.keySet().stream()
                            .map(TopicPartition::topic).distinct().toList());
                    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                        OffsetAndMetadata offset = committed.get(end.getKey());
                        lag += end.getValue() - (offset == null ? 0 : offset.offset());
                    }
                }
            }
            if (lag > 0) {
                Thread.sleep(500);
            }
        } while (lag > 0 && Instant.now().isBefore(deadline));
        assertThat(lag).as("events not yet consumed").isZero();
    }

    private Map<TopicPartition, Long> endOffsets(List<String> topics) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var description : admin.describeTopics(topics).allTopicNames().get().values()) {
                description.partitions().forEach(p -> latest.put(
                        new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        }
    }

    private Admin admin() {
        Properties properties = new Properties();
        properties.putAll(settings.kafkaAdminProperties());
        return Admin.create(properties);
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (Map.Entry<String, List<String>> database : TABLES.entrySet()) {
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(database.getKey()), "send",
                    "send")) {
                for (String table : database.getValue()) {
                    try (ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                        count.next();
                        counts.put(database.getKey() + "." + table, count.getLong(1));
                    }
                }
            }
        }
        return counts;
    }
}
