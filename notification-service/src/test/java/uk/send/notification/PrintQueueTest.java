package uk.send.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.MailServer;
import uk.send.testservers.Tokens;

/**
 * A family told by letter, through the council's own print room: the letter waits as a PDF in the print queue, and
 * counts as delivered (for the closure promise too) only once someone marks it posted.
 */
@QuarkusTest
class PrintQueueTest {

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
    void aClosureLetterWaitsInThePrintQueueAndTheFamilyCountsAsToldOnlyOnceItIsPosted() throws Exception {
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, letterContact(AccessibleFormat.LARGE_PRINT)));
        referralService.send(id.toString(), Referrals.withdrawn(id));
        String closure = awaitLetter(id, "CLOSED");

        // Queued is not told: the school has its email, the family's letter has not gone, the closure is open.
        Mail.awaitMessages(Referrals.school(id), 2);
        assertThat(database.text("SELECT status FROM notice WHERE id = ?::uuid", noticeOf(closure)))
                .isEqualTo("SENT");
        audit().then().body("stillToTell", hasItem(id.toString()));

        // The print room sees the letter by its reference, with no name or address in the list.
        Map<String, Object> listed = given().auth().oauth2(Tokens.caseworker()).get("/api/letters?status=READY")
                .then().statusCode(200).extract().jsonPath().getMap("find { it.id == '" + closure + "' }");
        assertThat(listed).containsEntry("largePrint", true).containsEntry("status", "READY")
                .doesNotContainKey("recipientName");
        assertThat(listed.toString()).doesNotContain("Grace").doesNotContain("Oak Lane");

        Response pdf = given().auth().oauth2(Tokens.caseworker()).get("/api/letters/" + closure + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).matches("attachment; filename=\"letter-LTR-[2-9A-Z-]{9}\\.pdf\"");
        try (PDDocument letter = Loader.loadPDF(pdf.asByteArray())) {
            assertThat(new PDFTextStripper().getText(letter)).contains("Grace Jones").contains("1 Oak Lane")
                    .contains("OK1 2AB").contains("Reference: " + listed.get("reference"))
                    .contains("The family moved away");
        }
        assertThat(database.number("SELECT count(*) FROM record_access WHERE referral_id = ? AND action = 'letter'",
                id)).isEqualTo(1);

        // Today's letters as one PDF to print at once: this one among them.
        Response batch = given().auth().oauth2(Tokens.caseworker()).get("/api/letters/batch.pdf?date="
                + LocalDate.now(ZoneId.of("Europe/London")));
        assertThat(batch.statusCode()).isEqualTo(200);
        try (PDDocument letters = Loader.loadPDF(batch.asByteArray())) {
            assertThat(letters.getNumberOfPages() % 2).as("each letter starts on a fresh sheet").isZero();
            assertThat(new PDFTextStripper().getText(letters)).contains((String) listed.get("reference"));
        }

        given().auth().oauth2(Tokens.caseworker()).post("/api/letters/" + closure + "/posted").then()
                .statusCode(200).body("status", equalTo("POSTED")).body("postedBy", equalTo("caseworker"));
        given().auth().oauth2(Tokens.caseworker()).post("/api/letters/" + closure + "/posted").then()
                .statusCode(409).contentType("application/problem+json");
        assertThat(database.text("SELECT status FROM notice WHERE id = ?::uuid", noticeOf(closure)))
                .isEqualTo("DELIVERED");
        await().atMost(Duration.ofSeconds(30)).until(() -> !audit().jsonPath().getList("stillToTell")
                .contains(id.toString()));
        audit().then().body("notNotifiedWithinSla", not(hasItem(id.toString())));
        await().atMost(Duration.ofSeconds(30)).until(() -> "TOLD_IN_TIME".equals(database.text(
                "SELECT verdict FROM closure_verdict WHERE referral_id = ?", id)));
        assertThat(database.number("SELECT count(*) FROM outbox_event WHERE event_type = 'notification.delivered' "
                + "AND aggregate_id = ?", noticeOf(closure))).as("announced once, when posted").isEqualTo(1);
    }

    @Test
    void aLetterReturnedByThePostOfficeFailsAndTheCaseWorkerIsTold() {
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, letterContact(AccessibleFormat.NONE)));
        String letter = awaitLetter(id, "SUBMITTED");
        String notice = noticeOf(letter);

        given().auth().oauth2(Tokens.caseworker()).post("/api/letters/" + letter + "/returned").then()
                .statusCode(409).body("detail", containsString("never posted"));
        given().auth().oauth2(Tokens.caseworker()).post("/api/letters/" + letter + "/posted").then().statusCode(200);
        given().auth().oauth2(Tokens.caseworker()).post("/api/letters/" + letter + "/returned").then()
                .statusCode(200).body("status", equalTo("RETURNED"));

        // No other way to reach them: held, and the case work team asked to find one.
        assertThat(database.text("SELECT status FROM notice WHERE id = ?::uuid", notice)).isEqualTo("HELD");
        await().atMost(Duration.ofSeconds(30)).until(() -> MailServer.received().stream()
                .filter(m -> Mail.subject(m).startsWith("Action needed"))
                .anyMatch(m -> Mail.body(m).contains(id.toString()) && Mail.body(m).contains("came back")));
    }

    @Test
    void aLetterThatCannotBeLaidOutIsTriedAgainThenHeldAndTheCaseWorkerIsTold() {
        UUID id = UUID.randomUUID();
        // A control character in the name, which no PDF can carry: every attempt to lay the letter out fails.
        referralService.send(id.toString(), Referrals.submitted(id, new ReferralSubmitted.FamilyContact(
                UUID.randomUUID(), "Grace\u0001Jones", "mother", null, null,
                new ReferralSubmitted.PostalAddress("1 Oak Lane", null, "OK1 2AB"), Channel.LETTER, "en",
                AccessibleFormat.NONE)));

        await().atMost(Duration.ofSeconds(60)).until(() -> "HELD".equals(database.text("SELECT status FROM notice "
                + "WHERE referral_id = ? AND recipient_type = 'FAMILY'", id)));
        String attempts = "FROM delivery_attempt a JOIN notice n ON n.id = a.notice_id WHERE n.referral_id = ? "
                + "AND n.recipient_type = 'FAMILY'";
        assertThat(database.text("SELECT string_agg(DISTINCT a.outcome, ',') " + attempts, id))
                .isEqualTo("TEMPORARY_FAILURE");
        assertThat(database.text("SELECT min(a.detail) " + attempts, id))
                .startsWith("the letter could not be laid out").doesNotContain("Grace");
        assertThat(database.number("SELECT count(*) " + attempts, id)).as("the limit of attempts").isEqualTo(8);
        assertThat(database.number("SELECT count(*) FROM letter l JOIN notice n ON n.id = l.notice_id "
                + "WHERE n.referral_id = ?", id)).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> database.number("SELECT count(*) FROM notice "
                + "WHERE referral_id = ? AND recipient_type = 'CASEWORKER' AND body LIKE '%could not be laid out%'",
                id) == 1);
    }

    @Test
    void onlyCaseWorkersWorkThePrintQueueAndBadRequestsAreRefusedPlainly() {
        given().auth().oauth2(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY")).get("/api/letters").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.senco("100001")).post("/api/letters/" + UUID.randomUUID() + "/posted").then()
                .statusCode(403);
        given().get("/api/letters").then().statusCode(401);
        given().auth().oauth2(Tokens.caseworker()).get("/api/letters?status=LOST").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().auth().oauth2(Tokens.caseworker()).post("/api/letters/" + UUID.randomUUID() + "/posted").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.caseworker()).get("/api/letters/batch.pdf?date=2001-01-01").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.caseworker()).get("/api/letters/batch.pdf?date=yesterday").then()
                .statusCode(400);
    }

    private static ReferralSubmitted.FamilyContact letterContact(AccessibleFormat format) {
        return Referrals.contact(null, null, new ReferralSubmitted.PostalAddress("1 Oak Lane", "Oakfield", "OK1 2AB"),
                Channel.LETTER, "en", format);
    }

    /** The id of the family's letter about a notice kind, once it is in the queue. */
    private String awaitLetter(UUID referral, String kind) {
        String sql = "SELECT l.id::text FROM letter l JOIN notice n ON n.id = l.notice_id WHERE n.referral_id = ? "
                + "AND n.kind = '" + kind + "'";
        await().atMost(Duration.ofSeconds(30)).until(() -> database.text(sql, referral) != null);
        return database.text(sql, referral);
    }

    private String noticeOf(String letter) {
        return database.text("SELECT notice_id::text FROM letter WHERE id = ?::uuid", letter);
    }

    private static Response audit() {
        return given().auth().oauth2(Tokens.caseworker()).get("/api/closure-audit");
    }
}
