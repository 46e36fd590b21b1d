package uk.send.launcher;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL from the embedded binaries, with a persistent data directory and a fixed port so that data survives a
 * restart. One database per service, owned by the role {@code send}.
 */
final class LocalPostgres implements Component {

    static final String USER = "send";
    static final String PASSWORD = "send";
    static final List<String> DATABASES = List.of("referral", "triage", "transition", "notification");

    private final PlatformSettings settings;
    private EmbeddedPostgres postgres;

    LocalPostgres(PlatformSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public void start() throws Exception {
        Files.createDirectories(settings.data("postgres"));
        FreePort.await(settings.postgresPort(), Duration.ofSeconds(30));
        postgres = EmbeddedPostgres.builder()
                .setPort(settings.postgresPort())
                .setDataDirectory(settings.data("postgres"))
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(settings.log("postgresql").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(settings.log("postgresql").toFile()))
                .start();
        createRoleAndDatabases();
    }

    private void createRoleAndDatabases() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet role = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                if (!role.next()) {
                    statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
            }
            for (String database : DATABASES) {
                try (ResultSet exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (!exists.next()) {
                        statement.execute("CREATE DATABASE " + database + " OWNER " + USER);
                    }
                }
            }
        }
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }

    @Override
    public String address() {
        return "PostgreSQL      " + settings.jdbcUrl("<service>") + " (user " + USER + ", password " + PASSWORD + ")";
    }
}
