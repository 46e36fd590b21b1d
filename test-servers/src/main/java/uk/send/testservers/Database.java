package uk.send.testservers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain SQL against a test database, to see what a service stored (or did not) without going through it. */
public final class Database {

    private final String database;

    public Database(String database) {
        this.database = database;
    }

    /** The first column of the first row, as a number; for {@code SELECT count(*) ...}. */
    public long number(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(PostgresServer.jdbcUrl(database),
                PostgresServer.user(), PostgresServer.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes rows behind the service's back, to set a scene; returns how many changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(PostgresServer.jdbcUrl(database),
                PostgresServer.user(), PostgresServer.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as text, or null. */
    public String text(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(PostgresServer.jdbcUrl(database),
                PostgresServer.user(), PostgresServer.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
    /**
     * Each foreign key of the database with no index led by its columns, as "table (columns)", or null when there is
     * none. Without such an index, deleting a row of the table referred to reads the whole referring table to check
     * that nothing still refers to it, and so does deleting the referring rows of one record: each record destroyed
     * costs a scan of everything ever kept.
     */
    public String foreignKeysWithoutIndex() {
        return text("""
                SELECT string_agg(format('%s (%s)', c.conrelid::regclass,
                           (SELECT string_agg(a.attname, ', ' ORDER BY a.attnum) FROM pg_attribute a
                             WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey))),
                           '; ' ORDER BY c.conrelid::regclass::text)
                  FROM pg_constraint c
                 WHERE c.contype = 'f'
                   AND NOT EXISTS (SELECT 1 FROM pg_index i
                                    WHERE i.indrelid = c.conrelid
                                      AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
                                      AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)""");
    }
}
