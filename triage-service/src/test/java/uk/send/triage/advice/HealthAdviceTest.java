package uk.send.triage.advice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.ehc.EhcAdviceRequested;
import uk.send.contracts.transition.TransitionChildRecordsDestroyed;
import uk.send.identifiers.England;
import uk.send.triage.PortalForm;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.NhsNumbers;
import uk.send.testservers.Tokens;

/**
 * Health advice for EHC needs assessments as a clinical service's work: requested by transition-service, seen only by
 * the service asked, returned once through the API or the portal, with only its date published.
 */
@QuarkusTest
class HealthAdviceTest {

    private static final LocalDate TODAY = England.today();

    private final Database database = new Database("triage");

    @Test
    void theServiceAskedSeesTheRequestAndReturnsItsAdviceOnce() {
        UUID id = requested(ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "Amara", TODAY.minusWeeks(2));
        String salt = Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY");

        given().auth().oauth2(salt).get("/api/advice-requests").then().statusCode(200)
                .body("id", hasItem(id.toString()))
                .body("find { it.id == '" + id + "' }.dueOn", equalTo(TODAY.plusWeeks(4).toString()))
                .body("find { it.id == '" + id + "' }.late", equalTo(false));
        given().auth().oauth2(Tokens.clinician("CAMHS")).get("/api/advice-requests").then().statusCode(200)
                .body("id", not(hasItem(id.toString())));
        given().auth().oauth2(Tokens.clinician("CAMHS")).get("/api/advice-requests/{id}", id).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.senco("100001")).get("/api/advice-requests/{id}", id).then().statusCode(403);

        given().auth().oauth2(salt).contentType(ContentType.JSON).body(Map.of("knownToService", true))
                .post("/api/advice-requests/{id}/advice", id).then().statusCode(400)
                .body("violations[0].field", containsString("advice"));
        given().auth().oauth2(salt).contentType(ContentType.JSON)
                .body(Map.of("advice", "Amara has a severe receptive language disorder.", "knownToService", true))
                .post("/api/advice-requests/{id}/advice", id).then().statusCode(200)
                .body("returnedOn", equalTo(TODAY.toString()));
        // The same advice again (a retry) changes nothing; different advice is refused: it was returned.
        given().auth().oauth2(salt).contentType(ContentType.JSON)
                .body(Map.of("advice", "Amara has a severe receptive language disorder.", "knownToService", true))
                .post("/api/advice-requests/{id}/advice", id).then().statusCode(200);
        given().auth().oauth2(salt).contentType(ContentType.JSON)
                .body(Map.of("advice", "Something else", "knownToService", false))
                .post("/api/advice-requests/{id}/advice", id).then().statusCode(409);

        assertThat(database.number("SELECT count(*) FROM outbox_event WHERE event_type = 'triage.advice-returned' "
                + "AND payload->>'adviceRequestId' = ?", id.toString())).isEqualTo(1);
        assertThat(database.text("SELECT payload::text FROM outbox_event WHERE event_type = 'triage.advice-returned' "
                + "AND payload->>'adviceRequestId' = ?", id.toString())).doesNotContain("receptive");
        given().auth().oauth2(Tokens.caseworker()).get("/api/advice-requests/{id}", id).then().statusCode(200)
                .body("advice", containsString("receptive")).body("knownToService", equalTo(true));
    }

    @Test
    void thePortalListsLateAdviceAndStopsAFormWithoutTheAdviceOrTheAnswer() {
        UUID late = requested(ClinicalService.OCCUPATIONAL_THERAPY, "Bilal", TODAY.minusWeeks(7));
        String ot = Tokens.clinician("OCCUPATIONAL_THERAPY");

        given().auth().oauth2(ot).get("/portal/advice").then().statusCode(200).contentType("text/html")
                .body(containsString("href=\"/portal/advice/" + late + "\">Bilal Khan</a>"))
                .body(containsString("govuk-tag--red\">Late</strong>"));
        given().auth().oauth2(ot).get("/portal").then().statusCode(200)
                .body(containsString("href=\"/portal/advice\""));

        PortalForm form = PortalForm.of(ot, "/portal/advice/{id}", late);
        form.post(ot).formParam("advice", " ")
                .post("/portal/advice/{id}", late).then().statusCode(400)
                .body(containsString("Enter the service&#39;s advice"))
                .body(containsString("Select whether the child is known to the service"));
        given().auth().oauth2(ot).cookie(PortalForm.COOKIE, form.cookie()).formParam("csrf", "forged")
                .formParam("advice", "Advice")
                .formParam("knownToService", "no").post("/portal/advice/{id}", late).then().statusCode(403);
        assertThat(database.number("SELECT count(*) FROM advice_request WHERE id = ? AND returned_on IS NULL", late))
                .isEqualTo(1);

        form.post(ot).formParam("advice", "Bilal needs a sloped writing board and a movement break each hour.")
                .formParam("knownToService", "no").post("/portal/advice/{id}", late).then().statusCode(303);
        assertThat(database.number("SELECT count(*) FROM advice_request WHERE id = ? AND returned_on IS NOT NULL "
                + "AND NOT known_to_service", late)).isEqualTo(1);
    }

    @Test
    void whenTheChildsRecordsAreDestroyedTheAdviceAskedOfTheServiceGoesToo() {
        UUID id = requested(ClinicalService.PHYSIOTHERAPY, "Sami", TODAY.minusWeeks(1));
        UUID other = requested(ClinicalService.PHYSIOTHERAPY, "Rosa", TODAY.minusWeeks(1));
        UUID child = UUID.fromString(database.text("SELECT child_id::text FROM advice_request WHERE id = ?", id));

        try (EventSender transitionService = new EventSender("/transition-service")) {
            transitionService.send(child.toString(), new TransitionChildRecordsDestroyed(child, Instant.now()));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> database.number(
                "SELECT count(*) FROM advice_request WHERE child_id = ?", child) == 0);
        assertThat(database.number("SELECT count(*) FROM advice_request WHERE id = ?", other)).isEqualTo(1);
    }

    /** A request from transition-service, asked for on a day, filed once however often it is delivered. */
    private UUID requested(ClinicalService service, String name, LocalDate on) {
        UUID id = UUID.randomUUID();
        EhcAdviceRequested request = new EhcAdviceRequested(id, UUID.randomUUID(), "EHC-4KQ7-9TXK",
                UUID.randomUUID(), service, on, on.plusWeeks(6), new EhcAdviceRequested.Child(name, "Khan",
                        TODAY.minusYears(8), NhsNumbers.any(), "100001"));
        try (EventSender transitionService = new EventSender("/transition-service")) {
            transitionService.send(id.toString(), request);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number(
                "SELECT count(*) FROM advice_request WHERE id = ?", id) == 1);
        return id;
    }
}
