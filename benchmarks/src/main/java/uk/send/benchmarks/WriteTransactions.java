package uk.send.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import uk.send.launcher.Platform;

/**
 * The database server's count of write transactions, from its transaction id counter: every transaction that wrote a
 * row, in any of the platform's databases, took one id. The difference between two readings, divided by the work done
 * between them, is what the work asked of the one server that every instance of every service writes to.
 */
final class WriteTransactions {

    private WriteTransactions() {
    }

    /** The next transaction id the server will assign; reading it assigns none. */
    static long next(Platform platform) throws SQLException {
        try (Connection connection = platform.database("referral");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
