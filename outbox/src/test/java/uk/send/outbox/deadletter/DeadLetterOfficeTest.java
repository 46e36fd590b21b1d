package uk.send.outbox.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.EventJson;
import uk.send.contracts.EventMetadata;
import uk.send.contracts.Topics;
import uk.send.contracts.triage.TriageReceived;
import uk.send.outbox.OutboxConfig;
import uk.send.outbox.OutboxRelay;
import uk.send.problems.Refusal;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;

/**
 * An event set aside because of a fault is published again by its owner once the fault is mended, and applied
 * once; an event the owner never published, or one that is not JSON, is refused.
 */
@QuarkusTest
class DeadLetterOfficeTest {

    @Inject
    DeadLetterOffice office;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxConfig config;

    private final EventSender sender = new EventSender("/unused");
    private final Database database = new Database("app");

    @AfterEach
    void disconnect() {
        sql("DROP TRIGGER IF EXISTS refuse_referral ON probe_effect");
        sender.close();
    }

    @Test
    void anEventSetAsideByAFaultIsPublishedAgainOnceAfterTheMendAndAppliedOnce() throws Exception {
        UUID referral = UUID.randomUUID();
        // The fault: the consumer's database refuses this referral's effect for longer than the consumer retries.
        sql("CREATE OR REPLACE FUNCTION refuse_referral() RETURNS trigger AS $$ BEGIN "
                + "IF NEW.referral_id = '" + referral + "' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; "
                + "END $$ LANGUAGE plpgsql");
        sql("CREATE TRIGGER refuse_referral BEFORE INSERT ON probe_effect FOR EACH ROW EXECUTE FUNCTION "
                + "refuse_referral()");
        UUID event = send(referral, config.source(), EventJson.write(new TriageReceived(referral,
                ClinicalService.CAMHS, Instant.now())));

        SetAside setAside = await().atMost(Duration.ofSeconds(60)).until(() -> find(event), Optional::isPresent)
                .orElseThrow();
        assertThat(setAside.setAsideBy()).isEqualTo("outbox-test");
        assertThat(setAside.type()).isEqualTo("triage.received");
        assertThat(setAside.reason()).isEqualTo("still failing after 5 seconds of retries: PSQLException "
                + "(SQL state P0001)");
        assertThat(setAside.age()).isEqualTo("0 minutes");
        assertThat(setAside.replayedAt()).isNull();
        assertThat(effects(referral)).isZero();

        sql("DROP TRIGGER refuse_referral ON probe_effect");
        SetAside replayed = office.replay(setAside.id(), "operator.one");
        assertThat(replayed.replayedBy()).isEqualTo("operator.one");
        relay.publishPending();

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(referral) == 1);
        assertThatThrownBy(() -> office.replay(setAside.id(), "operator.two"))
                .isInstanceOf(Refusal.Conflict.class).hasMessageContaining("by operator.one");
        assertThat(find(event).orElseThrow().replayedBy()).isEqualTo("operator.one");
        assertThat(effects(referral)).isEqualTo(1);
    }

    @Test
    void anEventThisServiceNeverPublishedIsNotPublishedAgain() {
        UUID referral = UUID.randomUUID();
        UUID forged = send(referral, "/somebody-else", "{\"referralId\": 7}");
        UUID notJson = send(referral, config.source(), "not json at all");

        SetAside forgedLetter = await().atMost(Duration.ofSeconds(30)).until(() -> find(forged), Optional::isPresent)
                .orElseThrow();
        SetAside notJsonLetter = await().atMost(Duration.ofSeconds(30)).until(() -> find(notJson),
                Optional::isPresent).orElseThrow();

        assertThatThrownBy(() -> office.replay(forgedLetter.id(), "operator.one"))
                .isInstanceOf(Refusal.Conflict.class).hasMessageContaining("did not publish");
        assertThatThrownBy(() -> office.replay(notJsonLetter.id(), "operator.one"))
                .isInstanceOf(Refusal.Conflict.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> office.replay("0-999999", "operator.one")).isInstanceOf(Refusal.NotFound.class);
        assertThatThrownBy(() -> office.replay("seven", "operator.one")).isInstanceOf(Refusal.NotFound.class);
        assertThat(find(forged).orElseThrow().replayedAt()).isNull();
    }

    private Optional<SetAside> find(UUID event) {
        List<SetAside> letters = office.list();
        return letters.stream().filter(letter -> event.equals(letter.eventId())).findFirst();
    }

    private UUID send(UUID referral, String source, String json) {
        UUID id = UUID.randomUUID();
        sender.send(Topics.TRIAGE_EVENTS, referral.toString(), new EventMetadata(id, "triage.received",
                URI.create(source), Instant.now(), referral.toString()), json);
        return id;
    }

    private long effects(UUID referral) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM probe_effect WHERE referral_id = :r")
                .setParameter("r", referral).getSingleResult()).longValue());
    }

    /** As the database's owner: the application's own role may not create triggers, as in production. */
    private void sql(String statement) {
        database.update(statement);
    }
}
