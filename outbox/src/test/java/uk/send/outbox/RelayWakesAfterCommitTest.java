package uk.send.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.Topics;
import uk.send.contracts.triage.TriageReceived;
import uk.send.testservers.TopicReader;

@QuarkusTest
@TestProfile(RelayWakesAfterCommitTest.RelayRunning.class)
class RelayWakesAfterCommitTest {

    /** The relay runs on its own, with a poll so slow that only the wake-up after commit can explain a prompt send. */
    public static class RelayRunning implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("outbox.relay.enabled", "true", "outbox.relay.poll-interval", "1h");
        }
    }

    @Inject
    Outbox outbox;

    @Test
    void aCommitWakesTheRelayWithoutWaitingForThePoll() throws InterruptedException {
        // The first poll runs at start-up; let it pass so that it cannot publish the row below.
        Thread.sleep(1000);
        UUID referral = UUID.randomUUID();
        UUID eventId = QuarkusTransaction.requiringNew().call(() -> outbox.add(referral.toString(),
                new TriageReceived(referral, ClinicalService.PHYSIOTHERAPY, Instant.now())));

        try (TopicReader reader = new TopicReader(Topics.TRIAGE_EVENTS)) {
            var records = reader.readUntil(r -> r.key().equals(referral.toString()), seen -> !seen.isEmpty(),
                    Duration.ofSeconds(15));
            assertThat(CloudEventHeaders.read(records.get(0).headers()).id()).isEqualTo(eventId);
        }
    }
}
