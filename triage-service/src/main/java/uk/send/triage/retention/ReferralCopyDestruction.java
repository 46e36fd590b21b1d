package uk.send.triage.retention;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.send.outbox.RecordDeletion;

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

    private final RecordDeletion deletion;

    ReferralCopyDestruction(RecordDeletion deletion) {
        this.deletion = deletion;
    }

    /** Destroys the copy, in the caller's transaction; nothing if there is none (already destroyed, or never held). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void destroy(UUID referralId) {
        deletion.delete(DELETIONS, referralId, List.of(referralId.toString()));
    }
}
