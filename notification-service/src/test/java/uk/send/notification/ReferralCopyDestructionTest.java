package uk.send.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.send.contracts.referral.ReferralRecordsDestroyed;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;

/**
 * When referral-service destroys a referral's records, this service destroys its copy: the school's and the family's
 * names and addresses, and every notice about the referral with its words and attempts. Another referral's are kept.
 */
@QuarkusTest
class ReferralCopyDestructionTest {

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
    void aDestroyedReferralsNamesAddressesAndNoticesGoAndAnotherReferralsStay() {
        UUID id = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        for (UUID referral : new UUID[] {id, kept}) {
            referralService.send(referral.toString(), Referrals.submitted(referral, Referrals.emailContact(referral)));
            Mail.awaitMessages(Referrals.family(referral), 1);
        }
        assertThat(count("notice", id)).isEqualTo(2);
        assertThat(database.number("SELECT count(*) FROM delivery_attempt a JOIN notice n ON n.id = a.notice_id "
                + "WHERE n.referral_id = ?", id)).isPositive();

        referralService.send(id.toString(), new ReferralRecordsDestroyed(id, ReferralRecordsDestroyed.Why.ERASURE,
                Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("referral_copy", id) == 0);

        assertThat(count("recipient", id)).isZero();
        assertThat(count("notice", id)).isZero();
        assertThat(database.number("SELECT count(*) FROM delivery_attempt a LEFT JOIN notice n ON n.id = a.notice_id "
                + "WHERE n.id IS NULL")).as("no attempt outlives its notice").isZero();
        assertThat(database.number("SELECT count(*) FROM outbox_event WHERE payload ->> 'referralId' = ?",
                id.toString())).isZero();
        assertThat(count("referral_copy", kept)).isEqualTo(1);
        assertThat(count("notice", kept)).isEqualTo(2);
    }

    private long count(String table, UUID referral) {
        return database.number("SELECT count(*) FROM " + table + " WHERE referral_id = ?", referral);
    }
}
