package uk.send.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventJson;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.Topics;
import uk.send.contracts.TriageDecision;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.triage.TriageDecisionMade;
import uk.send.contracts.triage.TriageReceived;
import uk.send.testservers.EventSender;
import uk.send.testservers.TopicReader;
import uk.send.testservers.Tokens;

/** The school answers a clinician's question through the API, with files checked by what they are. */
@QuarkusTest
class SchoolAnswerTest {

    private static final String OAKFIELD = "100001";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Inject
    Rows rows;

    @Test
    void theSchoolsAnswerWithAReportGoesBackToTriageAndTheClinicianCanOpenTheReport() {
        UUID id = questioned();

        given().auth().oauth2(Tokens.senco(OAKFIELD))
                .multiPart("answer", "Yes: a hearing test in May was normal. The report is attached.")
                .multiPart("attachment", "C:\\Users\\senco\\hearing report.pdf", PDF, "application/pdf")
                .multiPart("attachment", "classroom.png", PNG, "image/png")
                .post("/api/referrals/{id}/information", id).then().statusCode(200)
                .body("status", equalTo("IN_TRIAGE"))
                .body("timeline[-1].schoolAnswer", equalTo(true))
                .body("timeline[-1].reason", equalTo("Yes: a hearing test in May was normal. The report is attached."))
                .body("timeline[-1].attachments.fileName", equalTo(List.of("hearing report.pdf", "classroom.png")));

        String fileId = given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY"))
                .get("/api/referrals/{id}", id).then().statusCode(200)
                .extract().path("timeline[-1].attachments[0].id");
        byte[] opened = given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY"))
                .get("/api/referrals/{id}/attachments/{file}", id, fileId).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition",
                        equalTo("attachment; filename=\"hearing report.pdf\""))
                .extract().asByteArray();
        assertThat(opened).isEqualTo(PDF);
        given().auth().oauth2(Tokens.clinician("CAMHS")).get("/api/referrals/{id}/attachments/{file}", id, fileId)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.senco("100002")).get("/api/referrals/{id}/attachments/{file}", id, fileId)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.family("grace.jones@example.org"))
                .get("/api/referrals/{id}/attachments/{file}", id, fileId).then().statusCode(403);
        given().auth().oauth2(Tokens.caseworker()).get("/api/audit?referralId={id}", id).then().statusCode(200)
                .body("accesses.what", hasItem("attachment"));

        // The change is announced as the school's answer, without the school's words.
        try (TopicReader reader = new TopicReader(Topics.REFERRAL_EVENTS)) {
            List<ReferralStatusChanged> backToTriage = reader.readUntil(r -> id.toString().equals(r.key())
                    && "referral.status-changed".equals(CloudEventHeaders.read(r.headers()).type())
                    && EventJson.read(r.value(), ReferralStatusChanged.class).to() == ReferralStatus.IN_TRIAGE
                    && EventJson.read(r.value(), ReferralStatusChanged.class).from()
                    == ReferralStatus.MORE_INFORMATION_REQUESTED, seen -> !seen.isEmpty(), Duration.ofSeconds(30))
                    .stream().map(r -> EventJson.read(r.value(), ReferralStatusChanged.class)).toList();
            assertThat(backToTriage.get(0).answeredBySchool()).isTrue();
            assertThat(backToTriage.get(0).reason()).isNull();
        }
    }

    @Test
    void anAnswerWithoutFilesIsPlainJsonAndAnAnswerNobodyAskedForIsAConflict() {
        UUID id = questioned();
        given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .body(Map.of("answer", "She has seen the school nurse.")).post("/api/referrals/{id}/information", id)
                .then().statusCode(200).body("status", equalTo("IN_TRIAGE"));
        given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .body(Map.of("answer", "And again.")).post("/api/referrals/{id}/information", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysOrIsTooLargeIsRefusedAndNothingIsStored() {
        UUID id = questioned();
        byte[] program = "MZ\u0090\u0000 not a pdf at all".getBytes(StandardCharsets.ISO_8859_1);
        given().auth().oauth2(Tokens.senco(OAKFIELD)).multiPart("answer", "Report attached.")
                .multiPart("attachment", "report.pdf", program, "application/pdf")
                .post("/api/referrals/{id}/information", id).then().statusCode(415)
                .contentType("application/problem+json");
        byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        given().auth().oauth2(Tokens.senco(OAKFIELD)).multiPart("answer", "Report attached.")
                .multiPart("attachment", "scan.pdf", tooLarge, "application/pdf")
                .post("/api/referrals/{id}/information", id).then().statusCode(413)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.senco(OAKFIELD)).multiPart("answer", " ")
                .post("/api/referrals/{id}/information", id).then().statusCode(400)
                .body("violations.field", hasItem("answer"));

        assertThat(rows.count("referral_attachment", "referral_id = ?1", id)).isZero();
        given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}", id).then()
                .body("status", equalTo("MORE_INFORMATION_REQUESTED"));
    }

    @Test
    void onlyTheReferralsOwnSchoolAnswers() {
        UUID id = questioned();
        given().auth().oauth2(Tokens.senco("100002")).contentType(ContentType.JSON)
                .body(Map.of("answer", "Not our pupil.")).post("/api/referrals/{id}/information", id)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY")).contentType(ContentType.JSON)
                .body(Map.of("answer", "Clinicians ask, schools answer.")).post("/api/referrals/{id}/information", id)
                .then().statusCode(403);
    }

    /** A referral whose clinician has asked the school a question. */
    private static UUID questioned() {
        String created = given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .body(ReferralRequests.valid(OAKFIELD)).post("/api/referrals").then().statusCode(201)
                .extract().path("id");
        UUID id = UUID.fromString(created);
        try (EventSender triage = new EventSender("/triage-service")) {
            triage.send(id.toString(), new TriageReceived(id, ClinicalService.SPEECH_AND_LANGUAGE_THERAPY,
                    Instant.now()));
            triage.send(id.toString(), new TriageDecisionMade(id, ClinicalService.SPEECH_AND_LANGUAGE_THERAPY,
                    TriageDecision.INFORMATION_REQUESTED, Instant.now(), null, null, null,
                    "Has a hearing test been done?", null, null, null));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "MORE_INFORMATION_REQUESTED".equals(given().auth()
                .oauth2(Tokens.caseworker()).get("/api/referrals/{id}", id).then().extract().path("status")));
        return id;
    }
}
