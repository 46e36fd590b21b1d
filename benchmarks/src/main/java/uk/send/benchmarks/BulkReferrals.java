package uk.send.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import uk.send.launcher.Platform;

/**
 * Years of referrals written straight into referral-service's and triage-service's tables, as a migration from an
 * earlier system would load them, so that their queries can be timed at sizes no test could submit through the API.
 * The mix is a region's: most referrals closed, a few percent awaiting triage, on waiting lists or being seen,
 * spread over seven services, 500 schools and three years. The same referral has the same id in both services.
 */
final class BulkReferrals {

    /** Hash buckets (0 to 99) of each status: 2% in triage, 1% waiting for information, 5% waiting, 3% being seen. */
    private static final String STATUS = """
            CASE WHEN b.bucket < 2 THEN 'IN_TRIAGE' WHEN b.bucket < 3 THEN 'MORE_INFORMATION_REQUESTED'
                 WHEN b.bucket < 8 THEN 'ACCEPTED_WAITING' WHEN b.bucket < 11 THEN 'IN_PROGRESS' ELSE 'CLOSED' END""";
    private static final String STAGE = """
            CASE WHEN b.bucket < 2 THEN 'TRIAGE' WHEN b.bucket < 3 THEN 'INFORMATION_REQUESTED'
                 WHEN b.bucket < 8 THEN 'WAITING' WHEN b.bucket < 11 THEN 'IN_PROGRESS' ELSE 'CLOSED' END""";
    private static final String SERVICE = """
            (ARRAY['SPEECH_AND_LANGUAGE_THERAPY', 'COMMUNITY_PAEDIATRICS', 'NEURODEVELOPMENTAL_ASSESSMENT',
                   'EDUCATIONAL_PSYCHOLOGY', 'CAMHS', 'OCCUPATIONAL_THERAPY', 'PHYSIOTHERAPY'])[1 + b.service]""";
    private static final String PRIORITY = """
            CASE WHEN b.bucket < 3 OR b.bucket >= 11 THEN NULL WHEN b.urgency = 0 THEN 'URGENT'
                 WHEN b.urgency < 4 THEN 'PRIORITY' ELSE 'ROUTINE' END""";
    /** Per referral number g: its hash buckets, when it was received (within three years), how long it waited. */
    private static final String FROM = """
            FROM generate_series(?::bigint, ?::bigint) g
            CROSS JOIN LATERAL (SELECT abs(hashint8(g) % 100) AS bucket, abs(hashint8(g + 7) % 7) AS service,
                                       abs(hashint8(g + 13) % 500) AS school, abs(hashint8(g + 29) % 10) AS urgency,
                                       abs(hashint8(g + 41) % 50) = 0 AS safeguarding,
                                       ((2 + abs(hashint8(g + 53) % 28)) / 30.0)::float8 AS waited,
                                       now() - make_interval(secs => abs(hashint8(g + 31) % 94608000)) AS received) b
            """;

    private BulkReferrals() {
    }

    /** Adds bulk referrals until both services hold {@code total} of them; returns how many there are now. */
    static long fillTo(Platform platform, long total) throws SQLException, InterruptedException {
        long have = count(platform);
        if (have < total) {
            insert(platform, "referral", "referral", """
                    INSERT INTO referral (id, status, service, school_urn, school_contact_name, school_contact_email,
                        child_given_name, child_family_name, child_date_of_birth, reason, complex_health_needs,
                        safeguarding_concern, consent_recorded_by, consent_recorded_at, priority, closure_reason,
                        submitted_by, submitted_at, updated_at, reference)
                    SELECT md5('bulk' || g)::uuid, %s, %s, (100001 + b.school)::text, 'SENCO',
                        'senco@school.example.org', 'Bulk', 'Child' || g, date '2008-09-01' + (g %% 6000)::int,
                        'Loaded for measuring queries at scale.', b.urgency = 0, b.safeguarding, 'SENCO',
                        b.received, %s, CASE WHEN b.bucket >= 11 THEN 'COMPLETED' END, 'bulk-load', b.received,
                        b.received, 'BLK-' || lpad(g::text, 9, '0')
                    """.formatted(STATUS, SERVICE, PRIORITY) + FROM, have + 1, total);
            insert(platform, "triage", "triage_case", """
                    INSERT INTO triage_case (referral_id, service, school_urn, child_given_name, child_family_name,
                        child_date_of_birth, reason, complex_health_needs, safeguarding_concern, stage, priority,
                        received_at, accepted_at, left_waiting_at, closed_at, updated_at)
                    SELECT md5('bulk' || g)::uuid, %s, (100001 + b.school)::text, 'Bulk', 'Child' || g,
                        date '2008-09-01' + (g %% 6000)::int, 'Loaded for measuring queries at scale.',
                        b.urgency = 0, b.safeguarding, %s, %s, b.received,
                        CASE WHEN b.bucket >= 3 THEN least(now(), b.received + interval '3 weeks') END,
                        CASE WHEN b.bucket >= 8
                             THEN b.received + b.waited * least(interval '30 weeks', now() - b.received) END,
                        CASE WHEN b.bucket >= 11 THEN least(now(), b.received + interval '60 weeks') END,
                        b.received
                    """.formatted(SERVICE, STAGE, PRIORITY) + FROM, have + 1, total);
        }
        return count(platform);
    }

    /**
     * Removes every bulk referral, leaving the services' tables as they were. Nothing refers to these made-up rows but
     * the access records of reading them, which go first; the record is append-only for every role, so this runs as
     * the database's superuser with triggers set aside for the session, as an administrator's clean-up would. With the
     * triggers set aside the foreign keys are not checked row by row either: that check is what made this take minutes
     * for a million rows.
     */
    static void removeAll(Platform platform) throws SQLException {
        remove(platform, "referral", "referral", "id", "submitted_by = 'bulk-load'");
        remove(platform, "triage", "triage_case", "referral_id", "reason = 'Loaded for measuring queries at scale.'");
    }

    private static void remove(Platform platform, String database, String table, String id, String loaded)
            throws SQLException {
        try (Connection connection = platform.databaseAsSuperuser(database);
             Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute("DELETE FROM record_access WHERE referral_id IN (SELECT %s FROM %s WHERE %s)"
                    .formatted(id, table, loaded));
            statement.execute("DELETE FROM %s WHERE %s".formatted(table, loaded));
            statement.execute("SET session_replication_role = DEFAULT");
            statement.execute("VACUUM ANALYZE " + table);
            statement.execute("VACUUM ANALYZE record_access");
        }
    }

    private static long count(Platform platform) throws SQLException {
        try (Connection connection = platform.database("referral");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM referral WHERE submitted_by = 'bulk-load'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Inserts, then vacuums and analyses the table as autovacuum would have done over the years such a table takes to
     * fill: without the visibility map it sets, every index-only count would read the table instead. A vacuum cannot
     * mark rows visible to all while a transaction that began before them is still open (the services' own, which
     * come and go every second), so it vacuums again after a pause.
     */
    private static void insert(Platform platform, String database, String table, String sql, long from, long to)
            throws SQLException, InterruptedException {
        try (Connection connection = platform.database(database)) {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setLong(1, from);
                insert.setLong(2, to);
                insert.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE " + table);
                Thread.sleep(2000);
                statement.execute("VACUUM " + table);
            }
        }
    }
}
