package uk.send.triage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.testservers.SubmittedReferral;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.Tokens;

/** The portal's pages and forms, with a clinician's signed token as a browser session would carry. */
@QuarkusTest
class PortalTest {


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
    void theWorklistShowsTheClinicianTheirOwnServiceOnly() {
        UUID id = submit(ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "Poppy");

        given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY")).get("/portal")
                .then().statusCode(200).contentType("text/html")
                .body(containsString("<h1 class=\"govuk-heading-l\">Worklist</h1>"))
                .body(containsString("href=\"/portal/referrals/" + id + "\">Poppy Jones</a>"))
                .body(containsString("govuk-frontend.min.css"));
        given().auth().oauth2(Tokens.clinician("CAMHS")).get("/portal")
                .then().statusCode(200).body(not(containsString(id.toString())));
        // Pages after the first link back; a page past the end says where everyone is.
        given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY")).get("/portal?page=1")
                .then().statusCode(200)
                .body(not(containsString(id.toString())))
                .body(containsString("href=\"/portal?page=0\" rel=\"prev\""))
                .body(containsString("All of them are on earlier pages."));
        given().auth().oauth2(Tokens.clinician("CAMHS")).get("/portal/referrals/{id}", id).then().statusCode(404);
        given().auth().oauth2(Tokens.senco("100001")).get("/portal").then().statusCode(403);
        given().redirects().follow(false).get("/portal").then().statusCode(302);
    }

    @Test
    void everyViewOfAReferralIsAudited() {
        UUID id = submit(ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "Leo");

        given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY")).get("/portal/referrals/{id}", id)
                .then().statusCode(200).body(containsString("Leo Jones"));

        assertThat(database.number("SELECT count(*) FROM record_access WHERE referral_id = ? "
                + "AND action = 'referral page' AND accessed_by = 'clinician.speech_and_language_therapy' "
                + "AND role = 'clinician'", id)).isEqualTo(1);

        // Lists show named children too: the worklist and the queue API are audited for each child they show.
        given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY")).get("/portal").then().statusCode(200)
                .body(containsString("Leo Jones"));
        given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY")).get("/api/triage/queue")
                .then().statusCode(200);
        assertThat(database.number("SELECT count(*) FROM record_access WHERE referral_id = ? "
                + "AND action IN ('worklist', 'triage queue')", id)).isEqualTo(2);
        given().auth().oauth2(Tokens.caseworker()).get("/api/audit?referralId={id}", id).then().statusCode(200)
                .body("accesses.what", org.hamcrest.Matchers.hasItems("referral page", "worklist", "triage queue"));
        given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY")).get("/api/audit?referralId={id}", id)
                .then().statusCode(403);

        // The case workers' page gathers every service's record; a service that does not answer is named.
        given().auth().oauth2(Tokens.caseworker()).accept("text/html").get("/portal/audit?referralId={id}", id)
                .then().statusCode(200)
                .body(containsString("clinician.speech_and_language_therapy"))
                .body(containsString("referral page"))
                .body(containsString("referral-service did not answer"))
                .body(containsString("notification-service did not answer"));
        given().auth().oauth2(Tokens.caseworker()).accept("text/html").get("/portal/audit?referralId=not-a-reference")
                .then().statusCode(200).body(containsString("govuk-error-summary"));
        given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY")).accept("text/html")
                .get("/portal/audit?referralId={id}", id).then().statusCode(403);
    }

    @Test
    void thePrintRoomAndFormatPagesAreTheCaseWorkersAndSayWhenTheNotificationServiceDoesNotAnswer() {
        given().auth().oauth2(Tokens.caseworker()).accept("text/html").get("/portal/letters").then()
                .statusCode(200).body(containsString("id=\"letters-unavailable\""));
        given().auth().oauth2(Tokens.caseworker()).accept("text/html").get("/portal/formats").then()
                .statusCode(200).body(containsString("id=\"requests-unavailable\""));
        // Only the words the page owns are shown, whatever the address carries.
        given().auth().oauth2(Tokens.caseworker()).accept("text/html")
                .get("/portal/letters?problem=<script>&posted=<b>x</b>").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("<script>")))
                .body(org.hamcrest.Matchers.not(containsString("<b>x</b>")));
        given().auth().oauth2(Tokens.caseworker()).redirects().follow(false).accept("application/pdf")
                .get("/portal/letters/batch.pdf").then().statusCode(303);
        given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY")).accept("text/html")
                .get("/portal/letters").then().statusCode(403);
        given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY")).accept("text/html")
                .get("/portal/formats").then().statusCode(403);
    }

    @Test
    void aDeclineWithoutAReasonShowsTheErrorsAndChangesNothing() {
        UUID id = submit(ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "Maya");
        String token = Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY");
        PortalForm form = PortalForm.of(token, "/portal/referrals/{id}", id);

        String page = form.post(token).formParam("reason", " ")
                .formParam("signposting", "").post("/portal/referrals/{id}/decline", id)
                .then().statusCode(400).contentType("text/html").extract().asString();

        assertThat(page).contains("There is a problem")
                .contains("<a href=\"#decline-reason\">Enter why the referral is declined</a>")
                .contains("<a href=\"#decline-signposting\">Enter at least one place where the family can get help")
                .contains("govuk-form-group--error");
        assertThat(stage(id)).isEqualTo("TRIAGE");
        assertThat(database.number("SELECT count(*) FROM triage_decision WHERE referral_id = ?", id)).isZero();
    }

    @Test
    void aFormWithoutItsTokenIsRefused() {
        UUID id = submit(ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "Noah");
        String token = Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY");
        PortalForm form = PortalForm.of(token, "/portal/referrals/{id}", id);

        given().auth().oauth2(token).formParam("priority", "URGENT").post("/portal/referrals/{id}/accept", id)
                .then().statusCode(403).body(containsString("This form has expired"));
        given().auth().oauth2(token).cookie(PortalForm.COOKIE, form.cookie()).formParam("priority", "URGENT")
                .post("/portal/referrals/{id}/accept", id).then().statusCode(403);
        given().auth().oauth2(token).cookie(PortalForm.COOKIE, form.cookie()).formParam("csrf", "forged")
                .formParam("priority", "URGENT").post("/portal/referrals/{id}/accept", id).then().statusCode(403);
        given().auth().oauth2(token).formParam("csrf", form.token()).formParam("priority", "URGENT")
                .post("/portal/referrals/{id}/accept", id).then().statusCode(403);

        assertThat(stage(id)).isEqualTo("TRIAGE");
    }

    @Test
    void acceptingThroughTheFormRecordsTheDecisionAndReturnsToTheWorklist() {
        UUID id = submit(ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "Ava");
        String token = Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY");

        PortalForm.of(token, "/portal/referrals/{id}", id).post(token)
                .formParam("priority", "PRIORITY").post("/portal/referrals/{id}/accept", id)
                .then().statusCode(303).header("Location", containsString("/portal?done=accept"));

        assertThat(stage(id)).isEqualTo("WAITING");
        assertThat(database.text("SELECT decided_by FROM triage_decision WHERE referral_id = ?", id))
                .isEqualTo("clinician.speech_and_language_therapy");
        given().auth().oauth2(token).get("/portal?done=accept").then().statusCode(200)
                .body(containsString("Referral accepted onto the waiting list"));
    }

    private String stage(UUID id) {
        return database.text("SELECT stage FROM triage_case WHERE referral_id = ?", id);
    }

    @Test
    void theWorklistFlagsSafeguardingConcerns() {
        submit(ClinicalService.COMMUNITY_PAEDIATRICS, "Zara", true);

        given().auth().oauth2(Tokens.clinician("COMMUNITY_PAEDIATRICS")).get("/portal")
                .then().statusCode(200)
                .body(containsString("<strong class=\"govuk-tag govuk-tag--red\">Safeguarding</strong>"));
    }

    private UUID submit(ClinicalService service, String childName) {
        return submit(service, childName, false);
    }

    private UUID submit(ClinicalService service, String childName, boolean safeguarding) {
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), SubmittedReferral.of(id).withService(service)
                .withChild(childName, LocalDate.now().minusYears(6)).withFlags(false, safeguarding).event());
        await().atMost(Duration.ofSeconds(20)).until(() -> stage(id) != null);
        return id;
    }
}
