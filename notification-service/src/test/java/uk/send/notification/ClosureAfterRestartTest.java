package uk.send.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import uk.send.contracts.ClinicalService;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.notification.delivery.DeliveryWorker;
import uk.send.testservers.MailServer;
import uk.send.testservers.SubmittedReferral;

/**
 * A closure consumed by a service that stops before delivering it is delivered by the next start, each notice once.
 * The application runs with delivery held back, as a process that stopped after consuming leaves things; the test
 * then starts the delivery worker as a start of the service does. (The fault drill in system-tests kills the real
 * process with {@code kill -9} mid-stream and counts the same.)
 */
@QuarkusTest
@TestProfile(ClosureAfterRestartTest.DeliveryHeldBack.class)
class ClosureAfterRestartTest {

    static final String CHILD = "Restart-probe";

    public static class DeliveryHeldBack implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.delivery.enabled", "false");
        }
    }

    @Inject
    DeliveryWorker delivery;

    private final Database database = new Database("notification");

    @Test
    void theNextStartDeliversEachNoticeOnce() {
        UUID id = UUID.randomUUID();
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(id.toString(), SubmittedReferral.of(id)
                    .withService(ClinicalService.OCCUPATIONAL_THERAPY).withSchool("100002", Referrals.school(id))
                    .withChild(CHILD, LocalDate.now().minusYears(9)).withFamily(Referrals.emailContact(id)).event());
            referralService.send(id.toString(), Referrals.withdrawn(id));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> database.number(
                "SELECT count(*) FROM notice WHERE referral_id = ? AND status = 'PENDING'", id) == 4);
        assertThat(attempts(id)).isZero();
        assertThat(MailServer.to(Referrals.family(id))).isEmpty();

        delivery.startDelivering();

        await().atMost(Duration.ofSeconds(30)).until(() -> database.number(
                "SELECT count(*) FROM notice WHERE referral_id = ? AND status = 'SENT'", id) == 4);
        // Each mail goes out before the attempt that marks its notice sent is recorded: with all four sent, none is
        // to come.
        assertThat(MailServer.to(Referrals.family(id))).extracting(Mail::subject).containsExactly(
                CHILD + " has been referred to occupational therapy",
                CHILD + "'s referral to occupational therapy is now closed");
        assertThat(MailServer.to(Referrals.school(id))).hasSize(2);
        // One successful attempt for each notice. A passing failure on the way (the mail server slow to answer on a
        // busy machine) is retried as it would be in service, so failed attempts are allowed: they sent nothing.
        assertThat(database.number("SELECT count(DISTINCT a.notice_id) FROM delivery_attempt a JOIN notice n "
                + "ON n.id = a.notice_id WHERE n.referral_id = ? AND a.outcome = 'SENT'", id))
                .as(attemptsOf(id)).isEqualTo(4);
        assertThat(database.number("SELECT count(*) FROM delivery_attempt a JOIN notice n ON n.id = a.notice_id "
                + "WHERE n.referral_id = ? AND a.outcome = 'SENT'", id)).as(attemptsOf(id)).isEqualTo(4);
    }

    private String attemptsOf(UUID id) {
        return database.text("SELECT string_agg(n.recipient_key || ' ' || a.outcome || ' ' || coalesce(a.detail, ''), "
                + "'; ' ORDER BY a.attempted_at) FROM delivery_attempt a JOIN notice n ON n.id = a.notice_id "
                + "WHERE n.referral_id = ?", id);
    }

    private long attempts(UUID id) {
        return database.number("SELECT count(*) FROM delivery_attempt a JOIN notice n ON n.id = a.notice_id "
                + "WHERE n.referral_id = ?", id);
    }
}
