package uk.send.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import uk.send.testservers.Database;
import uk.send.testservers.MailServer;

/** Runs after {@link ClosureRestartStep1Test}, in a restarted application. */
@QuarkusTest
@TestProfile(ClosureRestartStep1Test.Step2DeliveryResumed.class)
class ClosureRestartStep2Test {

    private final Database database = new Database("notification");

    @Test
    void everyNoticeIsDeliveredExactlyOnce() {
        UUID id = UUID.fromString(database.text(
                "SELECT referral_id::text FROM referral_copy WHERE child_given_name = ?",
                ClosureRestartStep1Test.CHILD));

        await().atMost(Duration.ofSeconds(30)).until(() -> database.number(
                "SELECT count(*) FROM notice WHERE referral_id = ? AND status = 'SENT'", id) == 4);
        // Each mail goes out inside the attempt that marks its notice sent: with all four sent, no mail is to come.

        assertThat(MailServer.to(Referrals.family(id))).extracting(Mail::subject).containsExactly(
                ClosureRestartStep1Test.CHILD + " has been referred to occupational therapy",
                ClosureRestartStep1Test.CHILD + "'s referral to occupational therapy is now closed");
        assertThat(MailServer.to(Referrals.school(id))).hasSize(2);
        assertThat(database.number("SELECT count(*) FROM delivery_attempt a JOIN notice n ON n.id = a.notice_id "
                + "WHERE n.referral_id = ?", id)).isEqualTo(4);
    }
}
