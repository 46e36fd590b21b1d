package uk.send.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import uk.send.launcher.Platform;

/** The platform with nothing in flight: what one measurement waits for before the next begins. */
final class Settled {

    private static final Duration AT_MOST = Duration.ofMinutes(10);

    private Settled() {
    }

    /**
     * Waits until no service has an event unpublished, no consumer has a record unprocessed and no notice is waiting
     * to be sent, so that each phase starts on a platform with nothing left over from the one before.
     *
     * @return how long it took for the platform to catch up
     */
    static Duration await(Platform platform) throws Exception {
        Instant began = Instant.now();
        Instant deadline = began.plus(AT_MOST);
        while (Instant.now().isBefore(deadline)) {
            long pending = 0;
            for (String database : List.of("referral", "triage", "transition", "notification")) {
                pending += count(platform, database, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
            }
            pending += count(platform, "notification", "SELECT count(*) FROM notice WHERE status = 'PENDING'");
            pending += ConsumerLag.total(platform.settings().kafkaAdminProperties());
            if (pending == 0) {
                Duration caughtUp = Duration.between(began, Instant.now());
                Thread.sleep(2000);
                return caughtUp;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The platform did not settle within " + AT_MOST.toMinutes() + " minutes");
    }

    private static long count(Platform platform, String database, String sql) throws SQLException {
        try (Connection connection = platform.database(database);
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

}
