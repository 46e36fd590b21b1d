package uk.send.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

import uk.send.launcher.Platform;

/**
 * The database's own limit for intake: the rows a submission writes (the referral, its family contact, the first
 * timeline entry, the idempotency key and the outbox event) committed in one transaction over plain JDBC, by as many
 * connections as there are clients, into copies of referral-service's tables beside the real ones. Nothing else runs:
 * no HTTP, no token check, no validation, no ORM.
 */
final class IntakeLimit {

    static final List<String> TABLES = List.of("referral", "family_contact", "status_change", "idempotency_key",
            "outbox_event");
    private static final String SCHEMA = "intake_limit";
    /** A referral's reference is unique and thirteen characters, as the service's are (LIM-000000001). */
    private static final AtomicLong REFERENCES = new AtomicLong();

    record Result(int connections, double perSecond, long transactions, Latency latency) {
    }

    private IntakeLimit() {
    }

    static Result measure(Platform platform, int connections, Duration duration) throws Exception {
        String payload = createTables(platform);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            long deadline = System.nanoTime() + duration.toNanos();
            long start = System.nanoTime();
            List<Future<Histogram>> workers = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                workers.add(pool.submit(() -> commitUntil(platform, deadline, payload)));
            }
            Histogram all = Latency.histogram();
            for (Future<Histogram> worker : workers) {
                all.add(worker.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(connections, all.getTotalCount() / seconds, all.getTotalCount(), Latency.of(all));
        } finally {
            pool.shutdownNow();
            try (Connection connection = platform.database("referral");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
            }
        }
    }

    /** Copies of the tables with their indexes and constraints; returns a real referral.submitted payload. */
    private static String createTables(Platform platform) throws SQLException {
        try (Connection connection = platform.database("referral");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            for (String table : TABLES) {
                statement.execute("CREATE TABLE " + SCHEMA + "." + table + " (LIKE public." + table
                        + " INCLUDING ALL)");
            }
            // Their own sequences, so that the copies take nothing from the service's.
            statement.execute("CREATE SEQUENCE " + SCHEMA + ".status_change_id");
            statement.execute("ALTER TABLE " + SCHEMA + ".status_change ALTER COLUMN id SET DEFAULT nextval('"
                    + SCHEMA + ".status_change_id')");
            statement.execute("CREATE SEQUENCE " + SCHEMA + ".outbox_seq");
            statement.execute("ALTER TABLE " + SCHEMA + ".outbox_event ALTER COLUMN seq SET DEFAULT nextval('"
                    + SCHEMA + ".outbox_seq')");
            try (ResultSet sample = statement.executeQuery("SELECT payload::text FROM public.outbox_event "
                    + "WHERE event_type = 'referral.submitted' ORDER BY seq DESC LIMIT 1")) {
                if (!sample.next()) {
                    throw new IllegalStateException("No referral.submitted event to copy: run the intake first");
                }
                return sample.getString(1);
            }
        }
    }

    private static Histogram commitUntil(Platform platform, long deadline, String payload) throws SQLException {
        Histogram latencies = Latency.histogram();
        try (Connection connection = platform.database("referral");
             PreparedStatement referral = connection.prepareStatement("INSERT INTO " + SCHEMA + ".referral "
                     + "(id, reference, status, service, school_urn, school_contact_name, school_contact_email, "
                     + "child_given_name, child_family_name, child_date_of_birth, child_nhs_number, reason, "
                     + "complex_health_needs, safeguarding_concern, consent_recorded_by, consent_recorded_at, "
                     + "submitted_by, submitted_at, updated_at) "
                     + "VALUES (?, ?, 'SUBMITTED', 'SPEECH_AND_LANGUAGE_THERAPY', '100001', 'SENCO 100001', "
                     + "'senco@100001.example.org', 'Bench', ?, ?, '9990000018', "
                     + "'Limited expressive language; frustration in class when not understood by adults.', "
                     + "false, false, 'SENCO 100001', ?, 'senco.oakfield', ?, ?)");
             PreparedStatement contact = connection.prepareStatement("INSERT INTO " + SCHEMA + ".family_contact "
                     + "(id, referral_id, position, name, relationship, email, preferred_channel, language, "
                     + "accessible_format) VALUES (?, ?, 0, 'Parent', 'mother', 'parent@example.org', 'EMAIL', "
                     + "'en', 'NONE')");
             PreparedStatement timeline = connection.prepareStatement("INSERT INTO " + SCHEMA + ".status_change "
                     + "(referral_id, from_status, to_status, reason, changed_by, changed_at) "
                     + "VALUES (?, NULL, 'SUBMITTED', 'Submitted by the school', 'senco.oakfield', ?)");
             PreparedStatement key = connection.prepareStatement("INSERT INTO " + SCHEMA + ".idempotency_key "
                     + "(caller, key, request_hash, referral_id, created_at) VALUES ('senco.oakfield', ?, "
                     + "repeat('a', 64), ?, ?)");
             PreparedStatement outbox = connection.prepareStatement("INSERT INTO " + SCHEMA + ".outbox_event "
                     + "(id, topic, aggregate_id, event_type, payload, occurred_at) "
                     + "VALUES (?, 'referral.events', ?, 'referral.submitted', ?::jsonb, ?)")) {
            connection.setAutoCommit(false);
            while (System.nanoTime() < deadline) {
                long begin = System.nanoTime();
                UUID id = UUID.randomUUID();
                Timestamp now = new Timestamp(System.currentTimeMillis());
                referral.setObject(1, id);
                referral.setString(2, String.format("LIM-%09d", REFERENCES.incrementAndGet()));
                referral.setString(3, "Child" + begin);
                referral.setObject(4, LocalDate.of(2018, 5, 1));
                referral.setTimestamp(5, now);
                referral.setTimestamp(6, now);
                referral.setTimestamp(7, now);
                referral.executeUpdate();
                contact.setObject(1, UUID.randomUUID());
                contact.setObject(2, id);
                contact.executeUpdate();
                timeline.setObject(1, id);
                timeline.setTimestamp(2, now);
                timeline.executeUpdate();
                key.setString(1, UUID.randomUUID().toString());
                key.setObject(2, id);
                key.setTimestamp(3, now);
                key.executeUpdate();
                outbox.setObject(1, UUID.randomUUID());
                outbox.setString(2, id.toString());
                outbox.setString(3, payload);
                outbox.setTimestamp(4, now);
                outbox.executeUpdate();
                connection.commit();
                latencies.recordValue((System.nanoTime() - begin) / 1000);
            }
        }
        return latencies;
    }
}
