package uk.send.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.MailServer;

/**
 * The service consumes a closure and stops before delivering it. {@link ClosureRestartStep2Test} runs next in a
 * restarted application, which must deliver each notice exactly once.
 */
@QuarkusTest
@TestProfile(ClosureRestartStep1Test.Step1DeliveryStopped.class)
class ClosureRestartStep1Test {

    static final String CHILD = "Restart-probe";

    // Quarkus runs test classes grouped by profile; the names keep Step1 before Step2.
    public static class Step1DeliveryStopped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.delivery.enabled", "false");
        }
    }

    /** The same configuration as production, in a freshly started application. */
    public static class Step2DeliveryResumed implements QuarkusTestProfile {
    }

    private final Database database = new Database("notification");

    @Test
    void theClosureIsConsumedButNotYetDelivered() {
        UUID id = UUID.randomUUID();
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(id.toString(), new ReferralSubmitted(id, Instant.now(),
                    ClinicalService.OCCUPATIONAL_THERAPY, "100002",
                    new ReferralSubmitted.SchoolContact("Mr Evans", Referrals.school(id)),
                    new ReferralSubmitted.Child(CHILD, "Lewis", LocalDate.now().minusYears(9), null, null, null),
                    "Handwriting and dressing", false, false, List.of(Referrals.emailContact(id))));
            referralService.send(id.toString(), Referrals.withdrawn(id));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> database.number(
                "SELECT count(*) FROM notice WHERE referral_id = ? AND status = 'PENDING'", id) == 4);
        assertThat(database.number("SELECT count(*) FROM delivery_attempt a JOIN notice n ON n.id = a.notice_id "
                + "WHERE n.referral_id = ?", id)).isZero();
        assertThat(MailServer.to(Referrals.family(id))).isEmpty();
    }
}
