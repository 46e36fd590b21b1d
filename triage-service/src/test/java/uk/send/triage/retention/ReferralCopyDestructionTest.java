package uk.send.triage.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.referral.ReferralRecordsDestroyed;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.SubmittedReferral;
import uk.send.testservers.Tokens;

/**
 * When referral-service destroys a referral's records, triage destroys its copy (the child, the reason, the decisions
 * and their reasons) and keeps the board's figures, which name no one; a second copy of the event changes nothing.
 */
@QuarkusTest
class ReferralCopyDestructionTest {

    private static final ClinicalService SERVICE = ClinicalService.PHYSIOTHERAPY;

    private final Database database = new Database("triage");
    private EventSender referralService;

    @BeforeEach
    void connect() {
        referralService = new EventSender("/referral-service");
    }

    @AfterEach
    void disconnect() {
        referralService.close();
    }

    @Test
    void aDestroyedReferralLeavesNothingAboutTheChildInTriageAndTheFiguresStay() {
        UUID id = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        for (UUID referral : new UUID[] {id, kept}) {
            referralService.send(referral.toString(), SubmittedReferral.of(referral).withService(SERVICE)
                    .withReceivedAt(Instant.now().minusSeconds(3600)).withChild("Amara", LocalDate.now().minusYears(8))
                    .event());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> count("triage_case", kept) == 1
                && count("triage_case", id) == 1 && count("scorecard_referral", id) == 1);
        given().auth().oauth2(Tokens.clinician(SERVICE.name())).contentType(ContentType.JSON)
                .body(Map.of("priority", "ROUTINE")).post("/api/triage/referrals/{id}/accept", id)
                .then().statusCode(202);
        assertThat(count("triage_decision", id)).isEqualTo(1);

        ReferralRecordsDestroyed destroyed = new ReferralRecordsDestroyed(id,
                ReferralRecordsDestroyed.Why.RETENTION_PERIOD_ENDED, Instant.now());
        referralService.send(id.toString(), destroyed);
        await().atMost(Duration.ofSeconds(20)).until(() -> count("triage_case", id) == 0);

        assertThat(count("triage_decision", id)).isZero();
        assertThat(count("waiting_news", id)).isZero();
        assertThat(database.number("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", id.toString()))
                .isZero();
        assertThat(count("scorecard_referral", id)).as("the board's figures name no one").isEqualTo(1);
        assertThat(count("triage_case", kept)).isEqualTo(1);
        given().auth().oauth2(Tokens.clinician(SERVICE.name())).get("/api/triage/queue?size=200").then()
                .statusCode(200).body("waiting.referralId", not(hasItem(id.toString())));

        // A second copy (a replay of the topic) finds nothing to destroy and is applied without a dead letter.
        UUID again = referralService.send(id.toString(), destroyed);
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number(
                "SELECT count(*) FROM processed_event WHERE event_id = ?", again) > 0);
        assertThat(count("triage_case", kept)).isEqualTo(1);
    }

    private long count(String table, UUID referral) {
        return database.number("SELECT count(*) FROM " + table + " WHERE referral_id = ?", referral);
    }
}
