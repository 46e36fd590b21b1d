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
 * restart. One database per service, as in production: owned by a role named after it (which runs the service's
 * migrations), with the service signing in as {@code <database>_app}, which owns nothing. The role {@code send} is
 * the local administrator: a member of every owner role, as the drills and the demo data need.
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
                // Durable, as a council's database would be (the embedded defaults trade it for speed): the data of
                // ./run-platform survives a crash of the machine, and the benchmarks measure what production pays.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(settings.log("postgresql").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(settings.log("postgresql").toFile()))
                .start();
        createRoleAndDatabases();
    }

    private void createRoleAndDatabases() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            createRole(statement, USER);
            for (String database : DATABASES) {
                createRole(statement, database);
                createRole(statement, applicationRole(database));
                statement.execute("GRANT " + database + " TO " + USER);
                try (ResultSet exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (!exists.next()) {
                        statement.execute("CREATE DATABASE " + database + " OWNER " + database);
                    }
                }
            }
        }
        // A data directory from before the roles were split has everything owned by send: hand each database's
        // objects to its own owner (which also hands over the databases; each is then given back to its own).
        for (String database : DATABASES) {
            try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("REASSIGN OWNED BY " + USER + " TO " + database);
            }
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String database : DATABASES) {
                statement.execute("ALTER DATABASE " + database + " OWNER TO " + database);
                // No other service's role may even connect to it.
                statement.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
                statement.execute("GRANT CONNECT ON DATABASE " + database + " TO " + applicationRole(database) + ", "
                        + USER);
            }
        }
    }

    /** The role a service signs in as: it has only what the service's migrations grant it. */
    static String applicationRole(String database) {
        return database + "_app";
    }

    private static void createRole(Statement statement, String role) throws SQLException {
        try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + PASSWORD + "'");
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
