package uk.send.outbox.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void aFailureThatOutlastedTheRetriesIsToldByItsKindsNeverItsMessage() {
        RuntimeException failure = new IllegalStateException("could not insert Grace Jones",
                new SQLException("duplicate key (email)=(grace@example.org)", "23505"));

        assertThat(DeadLetters.stillFailing(failure, Duration.ofMinutes(10)))
                .isEqualTo("still failing after 600 seconds of retries: SQLException (SQL state 23505)")
                .doesNotContain("Grace").doesNotContain("grace@");
    }

    @Test
    void anAgeIsSaidAsAPersonWouldSayIt() {
        Instant now = Instant.now();
        assertThat(SetAside.age(now.minusSeconds(30))).isEqualTo("0 minutes");
        assertThat(SetAside.age(now.minusSeconds(90))).isEqualTo("1 minute");
        assertThat(SetAside.age(now.minus(Duration.ofHours(3)).minusSeconds(5))).isEqualTo("3 hours");
        assertThat(SetAside.age(now.minus(Duration.ofDays(12)))).isEqualTo("12 days");
    }
}
