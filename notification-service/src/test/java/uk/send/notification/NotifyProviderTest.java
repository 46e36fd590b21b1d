package uk.send.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.referral.ReferralContactsChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.ManagementInterface;
import uk.send.testservers.Tokens;

/** Email, text and letters through GOV.UK Notify's official client, against a local stand-in for its API. */
@QuarkusTest
@TestProfile(NotifyProviderTest.ThroughNotify.class)
class NotifyProviderTest {

    public static class ThroughNotify implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(NotifyStandIn.class));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database database = new Database("notification");

    @Test
    void aPermanentEmailFailureFallsBackToALetterAndAlertsTheCaseWorker() throws Exception {
        UUID id = UUID.randomUUID();
        String bouncing = "bounce-" + id + "@example.org";
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(id.toString(), Referrals.submitted(id, Referrals.contact(bouncing, null,
                    new ReferralSubmitted.PostalAddress("1 Oak Lane", "Oakfield", "OK1 2AB"), Channel.EMAIL, "en",
                    AccessibleFormat.LARGE_PRINT)));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> "LETTER/SENT".equals(database.text(
                "SELECT channel || '/' || status FROM notice WHERE referral_id = ? AND recipient_type = 'FAMILY'",
                id)));
        String noticeId = database.text("SELECT id::text FROM notice WHERE referral_id = ? "
                + "AND recipient_type = 'FAMILY'", id);

        // A precompiled letter: the PDF laid out here, large print as asked, the notice id as Notify's reference.
        List<LoggedRequest> letters = NotifyStandIn.server.findAll(postRequestedFor(
                urlEqualTo("/v2/notifications/letter")));
        JsonNode letter = letters.stream().map(NotifyProviderTest::json)
                .filter(body -> noticeId.equals(body.path("reference").asText())).findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(letter.path("content").asText()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("1 Oak Lane").contains("OK1 2AB");
        }
        assertThat(letter.path("postage").asText()).isEqualTo("second");

        await().atMost(Duration.ofSeconds(30)).until(() -> NotifyStandIn.server.findAll(postRequestedFor(
                urlEqualTo("/v2/notifications/email"))).stream().map(NotifyProviderTest::json)
                .anyMatch(body -> body.path("email_address").asText().equals("send.casework@council.example.org")
                        && body.path("personalisation").path("body").asText().contains(id.toString())));
        assertThat(database.text("SELECT string_agg(channel || ':' || outcome, ',' ORDER BY id) "
                + "FROM delivery_attempt WHERE notice_id = ?::uuid", noticeId))
                .isEqualTo("EMAIL:PERMANENT_FAILURE,LETTER:SENT");
    }

    @Test
    void aFamilyThatChoosesTextMessagesGetsTheNextNoticeByText() {
        UUID id = UUID.randomUUID();
        ReferralSubmitted.FamilyContact contact = Referrals.emailContact(id);
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(id.toString(), Referrals.submitted(id, contact));
            // The change must land after the first notice has gone: a notice still waiting when the family changes
            // their choice rightly goes by the new channel, which is not what this test is about.
            await().atMost(Duration.ofSeconds(30)).until(() -> database.number("SELECT count(*) FROM notice "
                    + "WHERE referral_id = ? AND recipient_type = 'FAMILY' AND status = 'SENT'", id) == 1);
            referralService.send(id.toString(), new ReferralContactsChanged(id, List.of(
                    new ReferralSubmitted.FamilyContact(contact.contactId(), "Grace Jones", "mother", contact.email(),
                            "07700 900" + (100 + Math.floorMod(id.hashCode(), 800)), null, Channel.SMS, "en",
                            AccessibleFormat.NONE)), Instant.now()));
            referralService.send(id.toString(), Referrals.accepted(id));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> database.number("SELECT count(*) FROM notice "
                + "WHERE referral_id = ? AND recipient_type = 'FAMILY' AND status = 'SENT'", id) == 2);
        assertThat(database.text("SELECT string_agg(n.kind || ':' || a.channel, ',' ORDER BY n.created_at) "
                + "FROM notice n JOIN delivery_attempt a ON a.notice_id = n.id "
                + "WHERE n.referral_id = ? AND n.recipient_type = 'FAMILY'", id))
                .isEqualTo("SUBMITTED:EMAIL,ACCEPTED:SMS");
        String accepted = database.text("SELECT id::text FROM notice WHERE referral_id = ? AND kind = 'ACCEPTED' "
                + "AND recipient_type = 'FAMILY'", id);
        String text = NotifyStandIn.server.findAll(postRequestedFor(urlEqualTo("/v2/notifications/sms"))).stream()
                .map(NotifyProviderTest::json).filter(body -> accepted.equals(body.path("reference").asText()))
                .findFirst().orElseThrow().path("personalisation").path("body").asText();
        assertThat(text).as("the short version: the subject, the family page and the reference")
                .startsWith("Amara is on the waiting list").contains("/family (reference ")
                .doesNotContain("Dear Grace");
        assertThat(TextMessage.parts(text)).isLessThanOrEqualTo(TextMessage.MOST_PARTS);
        given().auth().oauth2(Tokens.caseworker()).get("/api/notifications?referralId=" + id).then()
                .statusCode(200).body("find { it.about == 'ACCEPTED' && it.recipientType == 'FAMILY' }.channelsTried",
                        org.hamcrest.Matchers.equalTo(List.of("SMS")));
    }

    @Test
    void everyReferenceSentToNotifyIsANoticeIdAndNothingPersonal() {
        UUID id = UUID.randomUUID();
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(id.toString(), Referrals.submitted(id, Referrals.emailContact(id)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> database.number(
                "SELECT count(*) FROM notice WHERE referral_id = ? AND status = 'SENT'", id) == 2);

        for (LoggedRequest request : NotifyStandIn.server.findAll(postRequestedFor(
                urlEqualTo("/v2/notifications/email")))) {
            String reference = json(request).path("reference").asText();
            assertThat(UUID.fromString(reference)).isNotNull();
        }
    }

    @Test
    void aDeliveryReceiptIsMatchedOnNotifysIdAndChannelAndOnlyEverMovesTheNoticeForward() {
        UUID id = UUID.randomUUID();
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(id.toString(), Referrals.submitted(id, Referrals.emailContact(id)));
        }
        String noticeId = awaitFamilyNotice(id, "EMAIL/SENT");
        String notifyId = providerId(noticeId);
        Map<String, String> delivered = receipt(notifyId, "email", "delivered");

        given().contentType(ContentType.JSON).body(delivered).post("/api/notify/receipts").then().statusCode(401);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer wrong").body(delivered)
                .post("/api/notify/receipts").then().statusCode(401);

        // Ignored, each answered 200 so that Notify does not send it again, and counted.
        send(receipt(UUID.randomUUID().toString(), "email", "delivered"));
        send(receipt("not-an-id", "email", "delivered"));
        send(receipt(notifyId, "letter", "received"));
        send(receipt(notifyId, "email", "received"));
        send(receipt(notifyId, "email", "sending"));
        assertThat(status(noticeId)).isEqualTo("EMAIL/SENT");

        send(delivered);
        assertThat(status(noticeId)).isEqualTo("EMAIL/DELIVERED");
        // A late failure, or the same receipt again, cannot move it back.
        send(receipt(notifyId, "email", "permanent-failure"));
        send(delivered);
        assertThat(status(noticeId)).isEqualTo("EMAIL/DELIVERED");
        ManagementInterface.given().get("/q/metrics").then().body(containsString(
                "notify_receipts_total{outcome=\"unknown_id\"}"))
                .body(containsString("notify_receipts_total{outcome=\"wrong_channel\"}"))
                .body(containsString(
                        "notify_receipts_total{outcome=\"not_a_status_of_the_channel\"}"))
                .body(containsString("notify_receipts_total{outcome=\"stale\"}"));
    }

    @Test
    void aFailedTextFailsOverToEmailAndALateReceiptForTheTextChangesNothing() {
        UUID id = UUID.randomUUID();
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(id.toString(), Referrals.submitted(id, Referrals.contact(Referrals.family(id),
                    "07700 900" + (100 + Math.floorMod(id.hashCode(), 800)), null, Channel.SMS, "en",
                    AccessibleFormat.NONE)));
        }
        String noticeId = awaitFamilyNotice(id, "SMS/SENT");
        String text = providerId(noticeId);

        send(receipt(text, "sms", "temporary-failure"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "EMAIL/SENT".equals(status(noticeId)));
        send(receipt(text, "sms", "delivered"));
        assertThat(status(noticeId)).as("the text's receipt does not touch the email that replaced it")
                .isEqualTo("EMAIL/SENT");
        send(receipt(providerId(noticeId), "email", "delivered"));
        assertThat(status(noticeId)).isEqualTo("EMAIL/DELIVERED");
    }

    @Test
    void aLetterCountsOnlyOnceNotifyHasReceivedItAndAReturnedLetterFailsIt() {
        UUID id = UUID.randomUUID();
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(id.toString(), Referrals.submitted(id, Referrals.contact(null, null,
                    new ReferralSubmitted.PostalAddress("1 Oak Lane", null, "OK1 2AB"), Channel.LETTER, "en",
                    AccessibleFormat.NONE)));
            referralService.send(id.toString(), Referrals.withdrawn(id));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "LETTER/SENT".equals(database.text("SELECT channel || '/' "
                + "|| status FROM notice WHERE referral_id = ? AND recipient_type = 'FAMILY' AND kind = 'CLOSED'", id)));
        String noticeId = database.text("SELECT id::text FROM notice WHERE referral_id = ? "
                + "AND recipient_type = 'FAMILY' AND kind = 'CLOSED'", id);
        String letter = providerId(noticeId);

        send(receipt(letter, "letter", "pending-virus-check"));
        send(receipt(letter, "letter", "accepted"));
        send(receipt(letter, "letter", "delivered"));
        assertThat(status(noticeId)).as("accepted is not yet received for posting").isEqualTo("LETTER/SENT");
        await().atMost(Duration.ofSeconds(30)).until(() -> "SCHOOL/SENT".equals(database.text("SELECT "
                + "recipient_type || '/' || status FROM notice WHERE referral_id = ? AND recipient_type = 'SCHOOL' "
                + "AND kind = 'CLOSED'", id)));
        assertThat(stillToTell()).as("the closure waits for Notify to receive the letter").contains(id.toString());
        send(receipt(letter, "letter", "received"));
        assertThat(status(noticeId)).isEqualTo("LETTER/DELIVERED");
        assertThat(stillToTell()).doesNotContain(id.toString());

        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + NotifyStandIn.CALLBACK_TOKEN)
                .body(Map.of("notification_id", letter, "reference", noticeId))
                .post("/api/notify/returned-letters").then().statusCode(200);
        assertThat(status(noticeId)).as("no other way to reach them").isEqualTo("LETTER/HELD");
        assertThat(database.number("SELECT count(*) FROM notice WHERE referral_id = ? AND recipient_type = "
                + "'CASEWORKER' AND body LIKE '%came back%'", id)).isEqualTo(1);
    }

    private static List<String> stillToTell() {
        return given().auth().oauth2(Tokens.caseworker()).get("/api/closure-audit").then().statusCode(200)
                .extract().jsonPath().getList("stillToTell");
    }

    @Test
    void aLetterNotifyCannotPrintFailsOver() {
        UUID id = UUID.randomUUID();
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(id.toString(), Referrals.submitted(id, Referrals.contact(Referrals.family(id), null,
                    new ReferralSubmitted.PostalAddress("1 Oak Lane", null, "OK1 2AB"), Channel.LETTER, "en",
                    AccessibleFormat.NONE)));
        }
        String noticeId = awaitFamilyNotice(id, "LETTER/SENT");
        send(receipt(providerId(noticeId), "letter", "validation-failed"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "EMAIL/SENT".equals(status(noticeId)));
    }

    private String awaitFamilyNotice(UUID referral, String channelAndStatus) {
        await().atMost(Duration.ofSeconds(30)).until(() -> channelAndStatus.equals(database.text(
                "SELECT channel || '/' || status FROM notice WHERE referral_id = ? AND recipient_type = 'FAMILY'",
                referral)));
        return database.text("SELECT id::text FROM notice WHERE referral_id = ? AND recipient_type = 'FAMILY'",
                referral);
    }

    /** Notify's id for the notice's latest attempt, as Notify answered it. */
    private String providerId(String noticeId) {
        return database.text("SELECT provider_id::text FROM delivery_attempt WHERE notice_id = ?::uuid "
                + "ORDER BY id DESC LIMIT 1", noticeId);
    }

    private String status(String noticeId) {
        return database.text("SELECT channel || '/' || status FROM notice WHERE id = ?::uuid", noticeId);
    }

    private static Map<String, String> receipt(String notifyId, String type, String status) {
        return Map.of("id", notifyId, "reference", "ignored", "status", status, "notification_type", type);
    }

    private static void send(Map<String, String> receipt) {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + NotifyStandIn.CALLBACK_TOKEN)
                .body(receipt).post("/api/notify/receipts").then().statusCode(200);
    }

    private static JsonNode json(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
