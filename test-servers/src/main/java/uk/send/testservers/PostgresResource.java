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

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", PostgresServer.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.user(),
                "quarkus.datasource.password", PostgresServer.password());
    }

    @Override
    public void stop() {
        // The server outlives each application start: it is shared by every test of the JVM.
    }
}
