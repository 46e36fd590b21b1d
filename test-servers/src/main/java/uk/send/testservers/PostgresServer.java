package uk.send.testservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from embedded binaries (or, with {@code -Dtest.servers=containers}, the platform's
 * PostgreSQL image: {@link ServerMode}), started once per test JVM on a free port and stopped when the JVM exits.
 * Each caller gets its own database on it.
 *
 * <p>Quarkus loads test resources in a new class loader each time a test profile restarts the application, so the
 * server's port is kept in a system property: every class loader of the JVM finds the same server, and data written
 * before a restart is there after it.
 */
public final class PostgresServer {

    private static final String PORT = "send.test-servers.postgres.port";
    private static final int MAX_CONNECTIONS = 300;
    private static EmbeddedPostgres postgres;

    private PostgresServer() {
    }

    public static String jdbcUrl(String database) {
        synchronized (System.getProperties()) {
            if (System.getProperty(PORT) == null) {
                System.setProperty(PORT, String.valueOf(start()));
            }
        }
        createIfMissing(database);
        return url(database);
    }

    private static int start() {
        if (ServerMode.current() == ServerMode.CONTAINERS) {
            return PostgresContainer.start(password(), MAX_CONNECTIONS);
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", String.valueOf(MAX_CONNECTIONS))
                    .setServerConfig("fsync", "off")
                    .start();
            return postgres.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + System.getProperty(PORT) + "/" + database;
    }

    public static String user() {
        return "postgres";
    }

    public static String password() {
        return "postgres";
    }

    /**
     * The login role an application of this database signs in as: not the owner, so it has only what the
     * migrations grant it.
     */
    public static String applicationRole(String database) {
        String role = database.replaceAll("[^a-z0-9_]", "_") + "_app";
        try (Connection connection = DriverManager.getConnection(url("postgres"), user(), password());
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password() + "'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create role " + role, e);
        }
        return role;
    }

    private static void createIfMissing(String database) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), user(), password());
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
