package uk.send.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A passing failure is tried again after a wait that doubles each time, never longer than the cap. */
class BackoffTest {

    private static final Duration FIRST = Duration.ofSeconds(5);
    private static final Duration LONGEST = Duration.ofMinutes(10);

    @Test
    void theWaitDoublesFromTheFirst() {
        assertThat(DeliveryWorker.backoff(1, FIRST, LONGEST)).isEqualTo(Duration.ofSeconds(5));
        assertThat(DeliveryWorker.backoff(2, FIRST, LONGEST)).isEqualTo(Duration.ofSeconds(10));
        assertThat(DeliveryWorker.backoff(4, FIRST, LONGEST)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void theWaitStopsAtTheCapHoweverManyFailures() {
        assertThat(DeliveryWorker.backoff(8, FIRST, LONGEST)).isEqualTo(LONGEST);
        assertThat(DeliveryWorker.backoff(1_000, FIRST, LONGEST)).isEqualTo(LONGEST);
        assertThat(DeliveryWorker.backoff(0, FIRST, LONGEST)).isEqualTo(FIRST);
    }
}
