package uk.send.notification.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.send.outbox.RecordDeletion;

/**
 * Destroys this service's copy of a referral whose records referral-service destroyed: the school's and the family's
 * names and addresses, every notice about the referral with its words, its attempts, letters and format requests, and
 * their events still in the outbox. A notice not sent yet is not sent: the referral it speaks of is gone. What stays
 * names no one: the closure's verdict and the ids of the events applied.
 */
@ApplicationScoped
public class ReferralCopyDestruction {

    private static final String NOTICES = "SELECT id FROM notice WHERE referral_id = ?1";

    private static final List<String> DELETIONS = List.of(
            "DELETE FROM delivery_attempt WHERE notice_id IN (" + NOTICES + ")",
            "DELETE FROM letter WHERE notice_id IN (" + NOTICES + ")",
            "DELETE FROM format_request WHERE notice_id IN (" + NOTICES + ") OR referral_id = ?1",
            "DELETE FROM notice WHERE referral_id = ?1",
            "DELETE FROM recipient WHERE referral_id = ?1",
            "DELETE FROM referral_copy WHERE referral_id = ?1");

    private final EntityManager entityManager;
    private final RecordDeletion deletion;

    ReferralCopyDestruction(EntityManager entityManager, RecordDeletion deletion) {
        this.entityManager = entityManager;
        this.deletion = deletion;
    }

    /** Destroys the copy, in the caller's transaction; nothing if there is none (already destroyed, or never held). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void destroy(UUID referralId) {
        // The notices' own events (delivered, failed) are keyed by notice, the referral's by referral.
        @SuppressWarnings("unchecked")
        List<String> aggregates = new ArrayList<>(entityManager.createNativeQuery(
                "SELECT id::text FROM notice WHERE referral_id = ?1", String.class).setParameter(1, referralId)
                .getResultList());
        aggregates.add(referralId.toString());
        deletion.delete(DELETIONS, referralId, aggregates);
    }
}
