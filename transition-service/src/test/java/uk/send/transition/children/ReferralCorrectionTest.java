package uk.send.transition.children;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import uk.send.contracts.referral.ReferralChildCorrected;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.NhsNumbers;
import uk.send.testservers.SubmittedReferral;
import uk.send.testservers.Tokens;

/**
 * A correction of the referred child's details reaches a child's record learnt from the referral, audited as the
 * referral's correction; a record a case worker has confirmed stays as they confirmed it.
 */
@QuarkusTest
class ReferralCorrectionTest {

    private final Database database = new Database("transition");
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
    void aRecordLearntFromTheReferralFollowsItsCorrection() {
        UUID referral = UUID.randomUUID();
        String child = learnt(referral);
        LocalDate rightBirthday = LocalDate.now().minusYears(13).minusMonths(7);

        corrected(referral, "Nour", rightBirthday);

        await().atMost(Duration.ofSeconds(20)).until(() -> "Nour".equals(database.text(
                "SELECT given_name FROM child WHERE id = ?::uuid", child)));
        assertThat(database.text("SELECT date_of_birth::text FROM child WHERE id = ?::uuid", child))
                .isEqualTo(rightBirthday.toString());
        assertThat(database.number("SELECT count(*) FROM child_correction WHERE child_id = ?::uuid "
                + "AND changed_by = 'referral correction'", child)).isEqualTo(2);
    }

    @Test
    void aRecordACaseWorkerConfirmedStaysAsTheyConfirmedIt() {
        UUID referral = UUID.randomUUID();
        String child = learnt(referral);
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(Map.of("detailsConfirmed", true)).patch("/api/children/{id}", child).then().statusCode(200);

        UUID event = corrected(referral, "Nour", LocalDate.now().minusYears(13).minusMonths(7));

        await().atMost(Duration.ofSeconds(20)).until(() -> database.number(
                "SELECT count(*) FROM processed_event WHERE event_id = ?", event) == 1);
        assertThat(database.text("SELECT given_name FROM child WHERE id = ?::uuid", child)).isEqualTo("Noor");
    }

    private String learnt(UUID referral) {
        referralService.send(referral.toString(), SubmittedReferral.of(referral)
                .withChild(new ReferralSubmitted.Child("Noor", "Hassan", LocalDate.now().minusYears(13),
                        NhsNumbers.any(), null, null)).event());
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number(
                "SELECT count(*) FROM child_referral WHERE referral_id = ?", referral) == 1);
        return database.text("SELECT child_id::text FROM child_referral WHERE referral_id = ?", referral);
    }

    private UUID corrected(UUID referral, String givenName, LocalDate born) {
        String nhsNumber = database.text("SELECT c.nhs_number FROM child c JOIN child_referral r ON r.child_id = c.id "
                + "WHERE r.referral_id = ?", referral);
        return referralService.send(referral.toString(), new ReferralChildCorrected(referral,
                new ReferralSubmitted.Child(givenName, "Hassan", born, nhsNumber, null, null), Instant.now()));
    }
}
