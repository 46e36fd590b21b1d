package uk.send.triage.retention;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.send.outbox.Outbox;

/**
 * Destroys triage's copy of a referral whose records referral-service destroyed: the case with the child's details and
 * the referral's reason, the clinicians' decisions and their reasons, the waiting-list news, and the case's events
 * still in the outbox. What stays names no one: the board's figures (ids, services, dates), the record of who read the
 * case, and the ids of the events applied.
 */
@ApplicationScoped
public class ReferralCopyDestruction {

    private static final List<String> DELETIONS = List.of(
            "DELETE FROM waiting_news WHERE referral_id = ?1",
            "DELETE FROM triage_decision WHERE referral_id = ?1",
            "DELETE FROM triage_case WHERE referral_id = ?1");

    private final EntityManager entityManager;
    private final Outbox outbox;

    ReferralCopyDestruction(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /** Destroys the copy, in the caller's transaction; nothing if there is none (already destroyed, or never held). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void destroy(UUID referralId) {
        entityManager.flush();
        for (String deletion : DELETIONS) {
            entityManager.createNativeQuery(deletion).setParameter(1, referralId).executeUpdate();
        }
        outbox.discard(List.of(referralId.toString()));
        entityManager.clear();
    }
}
