package uk.send.testservers;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the Quarkus datasource at the test JVM's PostgreSQL server. Init argument {@code database}. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    /**
     * As in production: migrations run as the database's owner, and the application signs in as a role of its own
     * that owns nothing, so every test also proves the service needs no more than the grants it is given.
     */
    @Override
    public Map<String, String> start() {
        String url = PostgresServer.jdbcUrl(database);
        String application = PostgresServer.applicationRole(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", application,
                "quarkus.datasource.password", PostgresServer.password(),
                "quarkus.flyway.username", PostgresServer.user(),
                "quarkus.flyway.password", PostgresServer.password());
    }

    @Override
    public void stop() {
        // The server outlives each application start: it is shared by every test of the JVM.
    }
}
