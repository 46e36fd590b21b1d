package uk.send.testservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from embedded binaries, started once per test JVM on a free port and stopped when the
 * JVM exits. Each caller gets its own database on it.
 */
public final class PostgresServer {

    private static EmbeddedPostgres postgres;

    private PostgresServer() {
    }

    public static synchronized String jdbcUrl(String database) {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start", e);
            }
        }
        createIfMissing(database);
        return postgres.getJdbcUrl("postgres", database);
    }

    public static String user() {
        return "postgres";
    }

    public static String password() {
        return "postgres";
    }

    private static void createIfMissing(String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "") + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }
}
