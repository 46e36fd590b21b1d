package uk.send.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.Topics;
import uk.send.launcher.Platform;
import uk.send.launcher.ServiceApi;
import uk.send.launcher.ServiceProcess;

/**
 * Scale-out on one machine: a second instance of every service joins the first (the same database, the same consumer
 * groups, topics of several partitions). Referrals are submitted, accepted and closed through both instances as a load
 * balancer would spread them; half-way through the closures one instance of each service is killed with kill -9 and
 * the clients go on with the survivors. Counted afterwards: each closure's school and family notices in the mail
 * server (lost, duplicated, and copies re-sent with the same Message-ID apart), each referral's timeline and notices in
 * the order of its lifecycle, dead letters, and each aggregate's events on Kafka in the order its outbox committed them
 * (which two relays publishing at once would break).
 */
final class ScaleOutDrill {

    private static final Duration SETTLE = Duration.ofMinutes(5);
    /** The second instances listen ten thousand above the first (their management interface a thousand above that). */
    private static final int SECOND_INSTANCE_OFFSET = 10_000;
    private static final List<String> LIFECYCLE = List.of("SUBMITTED", "IN_TRIAGE", "ACCEPTED_WAITING", "CLOSED");
    private static final List<String> NOTICE_ORDER = List.of("SUBMITTED", "ACCEPTED", "CLOSED");

    record Result(int instancesPerService, int partitions, int closures, int closureRate, int noticesExpected,
            int delivered, int lost, int duplicated, int copiesWithSameMessageId, int referralsOutOfOrder,
            int noticesOutOfOrder, long deadLetters, int aggregatesChecked, int aggregatesOutOfCommitOrder,
            Map<String, Long> publishedByInstance, double secondsToAllNotified) {

        boolean passed() {
            return lost == 0 && duplicated == 0 && referralsOutOfOrder == 0 && noticesOutOfOrder == 0
                    && deadLetters == 0 && aggregatesOutOfCommitOrder == 0;
        }
    }

    private ScaleOutDrill() {
    }

    static Result run(Platform platform, BenchmarkSettings settings) throws Exception {
        int partitions = partitions(platform);
        Map<String, Integer> secondPorts = new LinkedHashMap<>();
        Map<String, ServiceProcess> seconds = new LinkedHashMap<>();
        for (ServiceProcess first : platform.services()) {
            int port = first.port() + SECOND_INSTANCE_OFFSET;
            secondPorts.put(first.service(), port);
            seconds.put(first.service(), platform.startAnotherInstance(first.service(), first.service() + "-2", port));
        }
        List<ServiceProcess> instances = new ArrayList<>(platform.services());
        instances.addAll(seconds.values());
        Map<String, Long> publishedBefore = publishedByInstance(instances);
        ServiceApi toFirst = new ServiceApi(platform.settings());
        // One sign-in for both: the realm's brute-force protection may refuse a user's logins in a burst.
        List<ServiceApi> clinicians = List.of(toFirst,
                new ServiceApi(platform.settings().withServicePorts(secondPorts), toFirst.tokens()));
        List<SencoClients> schools = List.of(new SencoClients(platform.settings(), 4, 80_000),
                new SencoClients(platform.settings().withServicePorts(secondPorts), 4, 90_000));
        Map<TopicPartition, Long> startOffsets = endOffsets(platform, Topics.ALL);
        long deadLettersBefore = sum(endOffsets(platform, Topics.ALL.stream().map(Topics::deadLetter).toList()));

        int count = settings.scaleOutClosures();
        List<UUID> referrals = waitingReferrals(platform, schools, clinicians, count);
        Settled.await(platform);

        Map<String, Long> publishedByKilled = new LinkedHashMap<>();
        Instant closing = Instant.now();
        FixedRateLoad.run(settings.scaleOutRate(), count, 8, (n, due) -> {
            if (n == count / 2) {
                synchronized (publishedByKilled) {
                    // One instance of each service dies without warning; its metrics die with it, so read them first.
                    publishedByKilled.putAll(publishedByInstance(platform.services()));
                    platform.services().forEach(ServiceProcess::kill);
                }
            }
            close(clinicians, n, referrals.get(n));
            return true;
        });
        Map<UUID, Told> told = awaitTold(platform, referrals);
        double secondsToAllNotified = Duration.between(closing, Instant.now()).toMillis() / 1000.0;
        Settled.await(platform);

        int delivered = 0;
        int duplicated = 0;
        int copies = 0;
        for (UUID referral : referrals) {
            Told counts = told.getOrDefault(referral, new Told());
            for (int distinct : List.of(counts.school, counts.family)) {
                delivered += Math.min(distinct, 1);
                duplicated += Math.max(distinct - 1, 0);
            }
            copies += counts.copies;
        }
        Map<String, Long> published = new LinkedHashMap<>();
        Map<String, Long> publishedAfter = new HashMap<>(publishedByKilled);
        publishedAfter.putAll(publishedByInstance(new ArrayList<>(seconds.values())));
        for (ServiceProcess instance : instances) {
            published.put(instance.name(), publishedAfter.getOrDefault(instance.name(), 0L)
                    - publishedBefore.getOrDefault(instance.name(), 0L));
        }
        CommitOrder order = commitOrder(platform, startOffsets, referrals);
        long deadLetters = sum(endOffsets(platform, Topics.ALL.stream().map(Topics::deadLetter).toList()))
                - deadLettersBefore;

        // The killed instances come back, so the platform ends the run as it began, with one of each running.
        for (ServiceProcess first : platform.services()) {
            first.start();
        }
        for (ServiceProcess second : seconds.values()) {
            second.stop();
        }
        Result result = new Result(2, partitions, count, settings.scaleOutRate(), 2 * count, delivered,
                2 * count - delivered, duplicated, copies, referralsOutOfOrder(platform, referrals),
                noticesOutOfOrder(platform, referrals), deadLetters, order.checked(), order.outOfOrder(), published,
                secondsToAllNotified);
        System.out.printf("Scale-out drill: 2 instances of each service, %d partitions, %d closures at %d/s, one "
                + "instance of each killed with kill -9 half-way; notices expected %d, delivered %d, lost %d, "
                + "duplicated %d; copies re-sent with the same Message-ID %d; referrals out of order %d, notices "
                + "out of order %d; dead letters %d; aggregates published out of commit order %d of %d; "
                + "published by instance %s; all notified %.1f s after the first close%n", partitions, count,
                settings.scaleOutRate(), result.noticesExpected(), delivered, result.lost(), duplicated, copies,
                result.referralsOutOfOrder(), result.noticesOutOfOrder(), deadLetters, order.outOfOrder(),
                order.checked(), published, secondsToAllNotified);
        return result;
    }

    private static List<UUID> waitingReferrals(Platform platform, List<SencoClients> schools,
            List<ServiceApi> clinicians, int count) throws Exception {
        Map<Integer, UUID> submitted = new ConcurrentHashMap<>();
        FixedRateLoad.run(50, count, 8, (n, due) -> {
            UUID id = schools.get(n % 2).submit(n / 2, "family+scale" + n + "@example.org");
            if (id != null) {
                submitted.put(n, id);
            }
            return id != null;
        });
        if (submitted.size() != count) {
            throw new IllegalStateException("Only " + submitted.size() + " of " + count + " referrals were accepted");
        }
        List<UUID> ids = new ArrayList<>(new TreeMap<>(submitted).values());
        ClosureToNotification.awaitCount(platform, "triage", "SELECT count(*) FROM triage_case WHERE stage = 'TRIAGE' "
                + "AND referral_id = ANY(?)", ids);
        Accepting.all(clinicians, ids, 50);
        ClosureToNotification.awaitCount(platform, "referral", "SELECT count(*) FROM referral "
                + "WHERE status = 'ACCEPTED_WAITING' AND id = ANY(?)", ids);
        return ids;
    }

    /**
     * Closes a referral through its instance, or the other one while that does not answer, as a load balancer that
     * has noticed a dead instance would. 409: an attempt whose answer was lost went through.
     */
    private static void close(List<ServiceApi> instances, int n, UUID referral) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        for (int attempt = 0; ; attempt++) {
            try {
                int status = instances.get((n + attempt) % 2).post("triage-service",
                        "/api/triage/referrals/" + referral + "/close", "clinician.salt",
                        Map.of("outcome", "DISCHARGED", "summary", "Discharged: goals met.")).status();
                if (status == 202 || status == 409) {
                    return;
                }
            } catch (IllegalStateException noAnswer) {
                // That instance is dead: the next attempt goes to the other.
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Could not close " + referral);
            }
            Thread.sleep(200);
        }
    }

    /**
     * A referral's closure notices in the mail server: how many different ones reached its school and its family (the
     * notice id is the Message-ID), and how many further copies of one of them came (same Message-ID, re-sent after a
     * crash between the mail server's yes and the recording).
     */
    private static final class Told {
        int school;
        int family;
        int copies;
    }

    /** Waits until every referral's school and family have their closure notice in the mail server. */
    private static Map<UUID, Told> awaitTold(Platform platform, List<UUID> referrals) throws Exception {
        Instant deadline = Instant.now().plus(SETTLE);
        Map<UUID, Told> told = Map.of();
        while (Instant.now().isBefore(deadline)) {
            told = told(platform, referrals);
            long both = told.values().stream().filter(counts -> counts.school > 0 && counts.family > 0).count();
            if (both == referrals.size()) {
                break;
            }
            Thread.sleep(1000);
        }
        return told;
    }

    private static Map<UUID, Told> told(Platform platform, List<UUID> referrals) throws SQLException {
        Map<String, List<MimeMessage>> byMessageId = new HashMap<>();
        for (MimeMessage message : platform.mail().received()) {
            try {
                String id = message.getMessageID();
                if (id != null && id.endsWith("@send-platform>") && message.getSubject() != null) {
                    byMessageId.computeIfAbsent(id.substring(1, id.indexOf('@')), k -> new ArrayList<>())
                            .add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        Map<UUID, Told> told = new HashMap<>();
        try (Connection connection = platform.database("notification");
             PreparedStatement query = connection.prepareStatement("SELECT id, referral_id, recipient_type "
                     + "FROM notice WHERE referral_id = ANY(?) AND kind = 'CLOSED'")) {
            query.setArray(1, connection.createArrayOf("uuid", referrals.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<MimeMessage> mails = byMessageId.getOrDefault(rows.getString(1), List.of());
                    if (mails.isEmpty()) {
                        continue;
                    }
                    Told counts = told.computeIfAbsent(rows.getObject(2, UUID.class), k -> new Told());
                    if ("SCHOOL".equals(rows.getString(3))) {
                        counts.school++;
                    } else {
                        counts.family++;
                    }
                    counts.copies += mails.size() - 1;
                }
            }
        }
        return told;
    }

    /** Referrals whose timeline in referral-service is not submitted, in triage, waiting, closed, in that order. */
    private static int referralsOutOfOrder(Platform platform, List<UUID> referrals) throws SQLException {
        int outOfOrder = 0;
        for (List<String> timeline : grouped(platform, "referral", "SELECT referral_id::text, to_status "
                + "FROM status_change WHERE referral_id = ANY(?) ORDER BY referral_id, id", referrals).values()) {
            outOfOrder += timeline.equals(LIFECYCLE) ? 0 : 1;
        }
        return outOfOrder;
    }

    /** Recipients whose notices about a referral were not made in the order of its lifecycle. */
    private static int noticesOutOfOrder(Platform platform, List<UUID> referrals) throws SQLException {
        int outOfOrder = 0;
        for (List<String> kinds : grouped(platform, "notification", "SELECT referral_id || recipient_key, kind "
                + "FROM notice WHERE referral_id = ANY(?) AND kind IN ('SUBMITTED', 'ACCEPTED', 'CLOSED') "
                + "ORDER BY referral_id, recipient_key, created_at, id", referrals).values()) {
            List<Integer> ranks = kinds.stream().map(NOTICE_ORDER::indexOf).toList();
            outOfOrder += ranks.equals(ranks.stream().sorted().toList()) ? 0 : 1;
        }
        return outOfOrder;
    }

    private static Map<String, List<String>> grouped(Platform platform, String database, String sql,
            List<UUID> referrals) throws SQLException {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        try (Connection connection = platform.database(database);
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("uuid", referrals.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    groups.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return groups;
    }

    record CommitOrder(int checked, int outOfOrder) {
    }

    /**
     * Each drill referral's events on referral.events and triage.events, first copies only (a relay killed between the
     * broker's acknowledgement and its commit publishes a batch again), against the order its service's outbox
     * committed them.
     */
    private static CommitOrder commitOrder(Platform platform, Map<TopicPartition, Long> startOffsets,
            List<UUID> referrals) throws Exception {
        Set<String> keys = referrals.stream().map(UUID::toString).collect(Collectors.toSet());
        Map<String, List<String>> published = new HashMap<>();
        Map<TopicPartition, Long> ends = endOffsets(platform, List.of(Topics.REFERRAL_EVENTS, Topics.TRIAGE_EVENTS));
        Map<String, Object> properties = new HashMap<>(platform.settings().kafkaAdminProperties());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.assign(ends.keySet());
            ends.keySet().forEach(partition -> consumer.seek(partition, startOffsets.getOrDefault(partition, 0L)));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not read the drill's events back from Kafka");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader(CloudEventHeaders.ID);
                    if (keys.contains(record.key()) && id != null) {
                        List<String> ids = published.computeIfAbsent(record.topic() + " " + record.key(),
                                k -> new ArrayList<>());
                        String eventId = new String(id.value(), StandardCharsets.UTF_8);
                        if (!ids.contains(eventId)) {
                            ids.add(eventId);
                        }
                    }
                }
            }
        }
        Map<String, List<String>> committed = new HashMap<>();
        for (Map.Entry<String, String> service : Map.of("referral", Topics.REFERRAL_EVENTS, "triage",
                Topics.TRIAGE_EVENTS).entrySet()) {
            grouped(platform, service.getKey(), "SELECT aggregate_id, id::text FROM outbox_event "
                    + "WHERE aggregate_id = ANY(?::text[]) AND topic = '" + service.getValue() + "' ORDER BY seq",
                    referrals).forEach((aggregate, ids) -> committed.put(service.getValue() + " " + aggregate, ids));
        }
        int outOfOrder = 0;
        for (Map.Entry<String, List<String>> aggregate : committed.entrySet()) {
            outOfOrder += aggregate.getValue().equals(published.get(aggregate.getKey())) ? 0 : 1;
        }
        return new CommitOrder(committed.size(), outOfOrder);
    }

    private static int partitions(Platform platform) throws Exception {
        try (Admin admin = Admin.create(platform.settings().kafkaAdminProperties())) {
            return admin.describeTopics(List.of(Topics.REFERRAL_EVENTS)).allTopicNames().get()
                    .get(Topics.REFERRAL_EVENTS).partitions().size();
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Platform platform, List<String> topics) throws Exception {
        try (Admin admin = Admin.create(platform.settings().kafkaAdminProperties())) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) -> description
                    .partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()),
                            OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        }
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Outbox events each instance's relay has had acknowledged since it started, from its metrics. */
    private static Map<String, Long> publishedByInstance(List<ServiceProcess> instances) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Map<String, Long> published = new LinkedHashMap<>();
        for (ServiceProcess instance : instances) {
            try {
                String metrics = http.send(HttpRequest.newBuilder(URI.create(instance.managementUrl()
                        + "/q/metrics")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                published.put(instance.name(), metrics.lines().filter(line -> line.startsWith("outbox_published_total"))
                        .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                        .sum());
            } catch (Exception unreadable) {
                published.put(instance.name(), 0L);
            }
        }
        return published;
    }
}
