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
}
