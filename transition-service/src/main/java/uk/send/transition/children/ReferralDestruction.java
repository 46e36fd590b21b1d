package uk.send.transition.children;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.send.contracts.referral.ReferralRecordsDestroyed;

/**
 * A referral's records were destroyed in referral-service. The child's own record here is kept for the child's
 * transitions from birth to 25 and outlives any one referral, so only the link goes; except when the referral was
 * erased and the child is known only through it (never confirmed by a case worker, no other referral, no EHC needs
 * assessment or review): then the record was only ever the erased referral's copy, and it goes too.
 */
@ApplicationScoped
public class ReferralDestruction {

    private final EntityManager entityManager;
    private final ChildRecordDeletion childRecords;

    ReferralDestruction(EntityManager entityManager, ChildRecordDeletion childRecords) {
        this.entityManager = entityManager;
        this.childRecords = childRecords;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void destroyed(ReferralRecordsDestroyed destroyed) {
        entityManager.flush();
        @SuppressWarnings("unchecked")
        List<UUID> children = entityManager.createNativeQuery(
                        "DELETE FROM child_referral WHERE referral_id = ?1 RETURNING child_id", UUID.class)
                .setParameter(1, destroyed.referralId()).getResultList();
        if (destroyed.why() == ReferralRecordsDestroyed.Why.ERASURE) {
            children.stream().filter(this::knownOnlyThroughAnErasedReferral).forEach(childRecords::delete);
        }
        // The links went behind the persistence context's back.
        entityManager.clear();
    }

    private boolean knownOnlyThroughAnErasedReferral(UUID child) {
        return ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM child c WHERE c.id = ?1 AND NOT c.details_confirmed
                  AND NOT EXISTS (SELECT 1 FROM child_referral r WHERE r.child_id = c.id)
                  AND NOT EXISTS (SELECT 1 FROM ehc_assessment a WHERE a.child_id = c.id)
                  AND NOT EXISTS (SELECT 1 FROM ehc_annual_review v WHERE v.child_id = c.id)""")
                .setParameter(1, child).getSingleResult()).longValue() == 1;
    }
}
