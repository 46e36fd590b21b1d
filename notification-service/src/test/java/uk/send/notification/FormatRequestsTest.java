package uk.send.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.Tokens;

/**
 * Formats and languages never silently dropped: what the platform cannot make itself (Braille, easy read, audio, an
 * interpreter, a language it does not write) becomes a request for the case work team, and a closure counts as told
 * only once that request is done.
 */
@QuarkusTest
class FormatRequestsTest {

    private final Database database = new Database("notification");
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
    void aBrailleReadersClosureIsToldOnlyOnceTheBrailleCopyIsDone() {
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, Referrals.contact(Referrals.family(id), null,
                null, Channel.EMAIL, "en", AccessibleFormat.BRAILLE)));
        referralService.send(id.toString(), Referrals.withdrawn(id));
        // The email goes as usual: someone at home may read it, and it says a Braille copy will follow.
        Mail.awaitMessages(Referrals.family(id), 2);
        Mail.awaitMessages(Referrals.school(id), 2);

        Map<String, Object> request = awaitRequest(id, "CLOSED");
        assertThat(request).containsEntry("need", "BRAILLE").containsEntry("needInWords", "Braille copy")
                .containsEntry("recipientName", "Grace Jones").containsEntry("status", "OPEN");
        assertThat((String) request.get("body")).contains("The family moved away");
        audit().then().body("stillToTell", hasItem(id.toString()));

        given().auth().oauth2(Tokens.caseworker()).post("/api/format-requests/" + request.get("id") + "/done")
                .then().statusCode(200).body("status", equalTo("DONE")).body("doneBy", equalTo("caseworker"));
        given().auth().oauth2(Tokens.caseworker()).post("/api/format-requests/" + request.get("id") + "/done")
                .then().statusCode(409).contentType("application/problem+json");
        await().atMost(Duration.ofSeconds(30)).until(() -> "TOLD_IN_TIME".equals(database.text(
                "SELECT verdict FROM closure_verdict WHERE referral_id = ?", id)));
        assertThat(audit().jsonPath().getList("stillToTell")).doesNotContain(id.toString());
    }

    @Test
    void aContactWhoseLanguageIsNotWrittenIsWrittenToInEnglishAndATranslationIsAskedFor() {
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, Referrals.contact(Referrals.family(id), null,
                null, Channel.EMAIL, "pl", AccessibleFormat.NONE)));

        assertThat(Mail.subject(Mail.awaitMessages(Referrals.family(id), 1).get(0))).contains("has been referred");
        Map<String, Object> request = awaitRequest(id, "SUBMITTED");
        assertThat(request).containsEntry("need", "TRANSLATION").containsEntry("language", "pl")
                .containsEntry("languageName", "Polish");
        assertThat(database.text("SELECT language FROM notice WHERE referral_id = ? AND recipient_type = 'FAMILY'",
                id)).isEqualTo("en");
    }

    @Test
    void anInterpreterOrAudioIsAskedForToo() {
        for (AccessibleFormat format : new AccessibleFormat[] {AccessibleFormat.AUDIO, AccessibleFormat.INTERPRETER,
                AccessibleFormat.EASY_READ}) {
            UUID id = UUID.randomUUID();
            referralService.send(id.toString(), Referrals.submitted(id, Referrals.contact(Referrals.family(id), null,
                    null, Channel.EMAIL, "en", format)));
            assertThat(awaitRequest(id, "SUBMITTED")).containsEntry("need", format.name());
        }
    }

    @Test
    void onlyCaseWorkersSeeTheRequestsAndNothingIsDoneTwice() {
        given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY")).get("/api/format-requests").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.family("someone@example.org")).get("/api/format-requests").then()
                .statusCode(403);
        given().get("/api/format-requests").then().statusCode(401);
        given().auth().oauth2(Tokens.caseworker()).get("/api/format-requests?status=SOMETIME").then()
                .statusCode(400).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(Tokens.caseworker()).post("/api/format-requests/" + UUID.randomUUID() + "/done")
                .then().statusCode(404);
    }

    /** The open request about the family's notice of a kind, as the case work team's list shows it. */
    private static Map<String, Object> awaitRequest(UUID referral, String kind) {
        String subject = kind.equals("CLOSED") ? "closed" : "referred";
        String find = "find { it.referralId == '" + referral + "' && it.subject.contains('" + subject + "') }";
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.caseworker())
                .get("/api/format-requests?limit=1000").then().statusCode(200).extract().jsonPath().getMap(find)
                != null);
        return given().auth().oauth2(Tokens.caseworker()).get("/api/format-requests?limit=1000").then().extract()
                .jsonPath().getMap(find);
    }

    private static Response audit() {
        return given().auth().oauth2(Tokens.caseworker()).get("/api/closure-audit");
    }
}
