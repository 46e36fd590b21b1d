package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.send.launcher.PlatformSettings;

/**
 * The platform's PostgreSQL keeps what it commits through a crash of the machine, as a council's would: the
 * embedded server's defaults (no fsync, commits acknowledged before they reach the disk) are overridden, so the data
 * of ./run-platform is safe and the benchmarks, which run the same launcher, measure what production pays.
 */
class DurableDatabaseIT {

    @Test
    void commitsReachTheDiskBeforeTheyAreAcknowledged() throws Exception {
        PlatformSettings settings = PlatformUnderTest.get().settings();
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("referral"), "send", "send");
             Statement statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet value = statement.executeQuery("SHOW " + setting)) {
                    value.next();
                    values.put(setting, value.getString(1));
                }
            }
        }
        assertThat(values).containsExactly(Map.entry("fsync", "on"), Map.entry("synchronous_commit", "on"),
                Map.entry("full_page_writes", "on"));
    }
}
