package uk.send.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.HdrHistogram.Histogram;

import uk.send.launcher.Platform;
import uk.send.launcher.ServiceApi;

/**
 * Closures at fixed rates, timed from the clinician's close request to the moment both the school's and the family's
 * closure notices are recorded as sent, beside the broker's own round trip times the Kafka hops on that path
 * (triage.events to referral-service, referral.events to notification-service).
 */
final class ClosureToNotification {

    static final int KAFKA_HOPS = 2;
    private static final Duration SETTLE = Duration.ofMinutes(5);

    record Phase(int ratePerSecond, int closures, int notifiedBoth, FixedRateLoad.Outcome closeRequests,
            Latency closureToBothSent, Map<String, Double> cpuMsPerClosure) {
    }

    record Result(List<Phase> phases, Latency kafkaRoundTrip, double limitP50Ms, double limitP99Ms,
            double ratioP99ToLimitAtTopRate) {

        /** The phase run at that rate, or null if none was. */
        Phase phaseAt(int ratePerSecond) {
            return phases.stream().filter(phase -> phase.ratePerSecond() == ratePerSecond).findFirst().orElse(null);
        }
    }

    private ClosureToNotification() {
    }

    static Result run(Platform platform, BenchmarkSettings settings) throws Exception {
        Latency roundTrip = KafkaRoundTrip.measure(platform.settings().kafkaAdminProperties(),
                settings.closureRates().get(settings.closureRates().size() - 1), settings.roundTrip());
        System.out.printf("Kafka produce-consume round trip: %s%n", roundTrip);

        ServiceApi clinician = new ServiceApi(platform.settings());
        CpuUse cpu = new CpuUse(platform);
        List<Phase> phases = new ArrayList<>();
        int firstChild = 60_000;
        for (int rate : settings.closureRates()) {
            int count = (int) (rate * settings.closureStep().toSeconds());
            List<UUID> waiting = acceptedReferrals(platform, clinician, count, firstChild);
            firstChild += count;
            Settled.await(platform);

            Map<String, Double> cpuBefore = cpu.reading();
            Instant[] due = new Instant[count];
            Instant phaseStart = Instant.now();
            FixedRateLoad.Outcome requests = FixedRateLoad.run(rate, count, 16, (n, at) -> {
                due[n] = at;
                return clinician.post("triage-service", "/api/triage/referrals/" + waiting.get(n) + "/close",
                        "clinician.salt", Map.of("outcome", "DISCHARGED", "summary", "Discharged: goals met."))
                        .status() == 202;
            });
            Phase timed = measured(platform, rate, waiting, due, phaseStart, requests);
            Settled.await(platform);
            Phase phase = new Phase(timed.ratePerSecond(), timed.closures(), timed.notifiedBoth(),
                    timed.closeRequests(), timed.closureToBothSent(),
                    CpuUse.perUnit(cpuBefore, cpu.reading(), timed.closures()));
            phases.add(phase);
            System.out.printf("Closures at %3d/s: %d of %d notified to both; close requests %s; closure to both "
                    + "notices sent %s%n  CPU per closure (ms): %s%n", rate, phase.notifiedBoth(), count,
                    requests.latency(), phase.closureToBothSent(), phase.cpuMsPerClosure());
        }
        double limitP50 = KAFKA_HOPS * roundTrip.p50();
        double limitP99 = KAFKA_HOPS * roundTrip.p99();
        Phase top = phases.get(phases.size() - 1);
        return new Result(phases, roundTrip, limitP50, limitP99, top.closureToBothSent().p99() / limitP99);
    }

    /** Referrals submitted through the API and accepted onto the waiting list, with every notice about them sent. */
    private static List<UUID> acceptedReferrals(Platform platform, ServiceApi clinician, int count, int firstChild)
            throws Exception {
        SencoClients schools = new SencoClients(platform.settings(), 8, firstChild);
        Map<Integer, UUID> submitted = new ConcurrentHashMap<>();
        FixedRateLoad.run(100, count, schools.size(), (n, due) -> {
            UUID id = schools.submit(n, "family+" + (firstChild + n) + "@example.org");
            if (id != null) {
                submitted.put(n, id);
            }
            return id != null;
        });
        List<UUID> ids = new ArrayList<>(submitted.values());
        awaitCount(platform, "triage", "SELECT count(*) FROM triage_case WHERE stage = 'TRIAGE' "
                + "AND referral_id = ANY(?)", ids);
        Accepting.all(List.of(clinician), ids, 100);
        awaitCount(platform, "referral", "SELECT count(*) FROM referral WHERE status = 'ACCEPTED_WAITING' "
                + "AND id = ANY(?)", ids);
        return ids;
    }

    private static Phase measured(Platform platform, int rate, List<UUID> referrals, Instant[] due,
            Instant phaseStart, FixedRateLoad.Outcome requests) throws Exception {
        Map<UUID, Instant> dueById = new ConcurrentHashMap<>();
        for (int i = 0; i < referrals.size(); i++) {
            if (due[i] != null) {
                dueById.put(referrals.get(i), due[i]);
            }
        }
        Map<UUID, Instant> bothSent = Map.of();
        Instant deadline = Instant.now().plus(SETTLE);
        while (Instant.now().isBefore(deadline)) {
            bothSent = bothSentAt(platform, referrals, phaseStart);
            if (bothSent.size() == referrals.size()) {
                break;
            }
            Thread.sleep(1000);
        }
        Histogram latencies = Latency.histogram();
        for (Map.Entry<UUID, Instant> sent : bothSent.entrySet()) {
            Instant requested = dueById.get(sent.getKey());
            latencies.recordValue(Math.max(0, Duration.between(requested, sent.getValue()).toNanos() / 1000));
        }
        return new Phase(rate, referrals.size(), bothSent.size(), requests, Latency.of(latencies), Map.of());
    }

    /** For each referral whose school and family closure notices are both sent: when the later of the two was. */
    private static Map<UUID, Instant> bothSentAt(Platform platform, List<UUID> referrals, Instant since)
            throws SQLException {
        Map<UUID, Instant> sent = new ConcurrentHashMap<>();
        try (Connection connection = platform.database("notification");
             PreparedStatement query = connection.prepareStatement("""
                     SELECT referral_id, max(sent_at) FROM notice
                     WHERE referral_id = ANY(?) AND created_at >= ? AND status IN ('SENT', 'DELIVERED')
                     GROUP BY referral_id
                     HAVING count(*) FILTER (WHERE recipient_type = 'SCHOOL') >= 1
                        AND count(*) FILTER (WHERE recipient_type = 'FAMILY') >= 1""")) {
            query.setArray(1, uuids(connection, referrals));
            query.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sent.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
                }
            }
        }
        return sent;
    }

    static void awaitCount(Platform platform, String database, String sql, List<UUID> ids)
            throws Exception {
        Instant deadline = Instant.now().plus(SETTLE);
        long count = 0;
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = platform.database(database);
                 PreparedStatement query = connection.prepareStatement(sql)) {
                query.setArray(1, uuids(connection, ids));
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    count = rows.getLong(1);
                }
            }
            if (count == ids.size()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Only " + count + " of " + ids.size() + " referrals reached the state: " + sql);
    }

    private static Array uuids(Connection connection, List<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }
}
