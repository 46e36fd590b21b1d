package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.send.launcher.Platform;
import uk.send.launcher.PlatformSettings;

/**
 * The running platform's services each sign in to their database as a role of their own: it reaches no other
 * service's database, and in its own it may add to the audit but never change it, nor change the schema.
 */
class DatabaseRolesIT {

    private static final String PASSWORD = "send";

    @Test
    void eachServicesRoleReachesItsOwnDatabaseAloneAndOnlyAddsToItsAudit() throws Exception {
        PlatformSettings settings = PlatformUnderTest.get().settings();
        List<String> refused = new ArrayList<>();
        for (String service : Platform.SERVICES) {
            String own = service.replace("-service", "");
            String role = own + "_app";
            for (String other : Platform.SERVICES) {
                String database = other.replace("-service", "");
                if (database.equals(own)) {
                    continue;
                }
                assertThatThrownBy(() -> DriverManager.getConnection(settings.jdbcUrl(database), role, PASSWORD)
                        .close()).as(role + " to " + database).hasMessageContaining("permission denied for database");
                refused.add(role + " -> " + database);
            }
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(own), role, PASSWORD)) {
                for (String change : List.of("UPDATE record_access SET accessed_by = 'someone else'",
                        "DELETE FROM record_access", "ALTER TABLE record_access DROP COLUMN accessed_from")) {
                    assertThatThrownBy(() -> connection.createStatement().execute(change)).as(role + ": " + change)
                            .isInstanceOf(SQLException.class)
                            .satisfiesAnyOf(e -> assertThat(e).hasMessageContaining("permission denied"),
                                    e -> assertThat(e).hasMessageContaining("must be owner"));
                }
            }
        }
        System.out.printf("Database roles: %d connections to another service's database refused (%s); no "
                + "service's role may change its audit or its schema%n", refused.size(), String.join(", ", refused));
    }
}
