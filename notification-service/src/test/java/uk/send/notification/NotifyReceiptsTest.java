package uk.send.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import uk.send.testservers.Database;

/**
 * Every status GOV.UK Notify sends, for each channel, through the receipts endpoint: each notice sent on its channel
 * (set up as the delivery worker leaves it, with Notify's id for the attempt), then its receipt.
 */
@QuarkusTest
@TestProfile(NotifyProviderTest.ThroughNotify.class)
class NotifyReceiptsTest {

    private final Database database = new Database("notification");

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "EMAIL, created, EMAIL/SENT", "EMAIL, sending, EMAIL/SENT", "EMAIL, delivered, EMAIL/DELIVERED",
        "EMAIL, permanent-failure, moved on", "EMAIL, temporary-failure, moved on",
        "EMAIL, technical-failure, moved on", "EMAIL, received, EMAIL/SENT",
        "SMS, created, SMS/SENT", "SMS, sending, SMS/SENT", "SMS, pending, SMS/SENT", "SMS, sent, SMS/SENT",
        "SMS, delivered, SMS/DELIVERED", "SMS, permanent-failure, moved on", "SMS, temporary-failure, moved on",
        "SMS, technical-failure, moved on", "SMS, accepted, SMS/SENT",
        "LETTER, accepted, LETTER/SENT", "LETTER, pending-virus-check, LETTER/SENT",
        "LETTER, received, LETTER/DELIVERED", "LETTER, cancelled, moved on", "LETTER, technical-failure, moved on",
        "LETTER, permanent-failure, moved on", "LETTER, validation-failed, moved on",
        "LETTER, virus-scan-failed, moved on", "LETTER, delivered, LETTER/SENT"
    })
    void eachStatusOfEachChannel(String channel, String status, String then) {
        UUID notice = sentNotice(channel);
        String notifyId = database.text("SELECT provider_id::text FROM delivery_attempt WHERE notice_id = ?", notice);

        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + NotifyStandIn.CALLBACK_TOKEN)
                .body(Map.of("id", notifyId, "reference", notice.toString(), "status", status, "notification_type",
                        channel.toLowerCase()))
                .post("/api/notify/receipts").then().statusCode(200);

        String now = database.text("SELECT channel || '/' || status FROM notice WHERE id = ?", notice);
        if (then.equals("moved on")) {
            assertThat(now).as("failed over to another channel that reaches them").doesNotStartWith(channel + "/");
            assertThat(database.number("SELECT count(*) FROM outbox_event WHERE event_type = 'notification.failed' "
                    + "AND aggregate_id = ?", notice.toString())).isEqualTo(1);
        } else {
            assertThat(now).isEqualTo(then);
        }
    }

    /** A family notice sent on the channel, reachable on every channel, as the delivery worker leaves it. */
    private UUID sentNotice(String channel) {
        UUID notice = UUID.randomUUID();
        database.update("""
                INSERT INTO notice (id, cause_event_id, cause_event_type, recipient_key, recipient_type,
                    recipient_name, email, mobile, address_line1, address_postcode, channel, language, large_print,
                    subject, body, status, attempts, next_attempt_at, created_at, sent_at)
                VALUES (?, ?, 'referral.submitted', 'FAMILY:' || ?, 'FAMILY', 'Grace Jones', ?, '07700 900123',
                    '1 Oak Lane', 'OK1 2AB', ?, 'en', false, 'A notice', 'Dear Grace Jones', 'SENT', 1, now(), now(),
                    now())""", notice, UUID.randomUUID(), notice.toString(), "family-" + notice + "@example.org",
                channel);
        database.update("INSERT INTO delivery_attempt (notice_id, channel, outcome, provider_id, attempted_at) "
                + "VALUES (?, ?, 'SENT', ?, now())", notice, channel, UUID.randomUUID());
        return notice;
    }
}
