package uk.send.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.MailServer;

/**
 * A notice is sent with no transaction open and recorded afterwards. A sender that dies in between (here: the
 * recording fails once, as it would if the process were killed after the mail server said yes) leaves its claim on
 * the notice; nobody sends it while the claim holds, and once it runs out the notice goes once more with the same
 * Message-ID, so that the family's mail system can tell the copy for what it is. The notice ends sent, once.
 */
@QuarkusTest
@TestProfile(SenderDiesAfterSendingTest.ShortClaim.class)
class SenderDiesAfterSendingTest {

    public static class ShortClaim implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Long enough that the claim still holds when the test looks, after its event sender has closed (which
            // took seven seconds once on a busy machine), and short enough to see it run out.
            return Map.of("notification.delivery.claim", "PT20S");
        }
    }

    private final Database database = new Database("notification");

    @AfterEach
    void recordingWorksAgain() {
        database.update("DROP TRIGGER IF EXISTS sender_dies ON delivery_attempt");
    }

    @Test
    void theNoticeGoesOnceMoreWithTheSameMessageIdOnceTheClaimRunsOut() {
        UUID id = UUID.randomUUID();
        String family = Referrals.family(id);
        recordingFailsOnceFor(family);

        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(id.toString(), Referrals.submitted(id, Referrals.emailContact(id)));
        }
        Mail.awaitMessages(family, 1);
        // The recording failed: the notice is still pending, and claimed, so no sender takes it up for now.
        await().atMost(Duration.ofSeconds(5)).until(() -> database.number(
                "SELECT count(*) FROM notice WHERE email = ? AND status = 'PENDING' AND next_attempt_at > now()",
                family) == 1);
        assertThat(MailServer.to(family)).hasSize(1);

        await().atMost(Duration.ofSeconds(60)).until(() -> database.number(
                "SELECT count(*) FROM notice WHERE email = ? AND status = 'SENT'", family) == 1);
        List<MimeMessage> received = MailServer.to(family);
        assertThat(received).hasSize(2);
        assertThat(messageId(received.get(1))).isEqualTo(messageId(received.get(0)));
        assertThat(database.number("SELECT count(*) FROM delivery_attempt a JOIN notice n ON n.id = a.notice_id "
                + "WHERE n.email = ?", family)).isEqualTo(1);
        assertThat(MailServer.to(Referrals.school(id))).hasSize(1);
    }

    /** The first attempt recorded for a notice to this address fails, as if its sender had died after sending. */
    private void recordingFailsOnceFor(String address) {
        database.update("DROP SEQUENCE IF EXISTS sender_deaths CASCADE");
        database.update("CREATE SEQUENCE sender_deaths");
        database.update("""
                CREATE OR REPLACE FUNCTION sender_dies() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM notice WHERE id = NEW.notice_id AND email = '%s')
                            AND nextval('sender_deaths') = 1 THEN
                        RAISE EXCEPTION 'the sender died before recording the attempt';
                    END IF;
                    RETURN NEW;
                END $$""".formatted(address));
        database.update("CREATE TRIGGER sender_dies BEFORE INSERT ON delivery_attempt FOR EACH ROW "
                + "EXECUTE FUNCTION sender_dies()");
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
