package uk.send.notification;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/**
 * The notices a family account may read: those addressed to a family contact the account is linked to (by accepting
 * that contact's invitation), newest first. The email in a token is never used to decide.
 */
@ApplicationScoped
public class FamilyInbox {

    private final EntityManager entityManager;

    FamilyInbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A page (counted from 1) of the account's notices, all or one referral's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Notice> of(String subject, UUID referralId, int page, int size) {
        TypedQuery<Notice> query = entityManager.createQuery("SELECT n FROM Notice n, Recipient r "
                + "WHERE r.referralId = n.referralId AND r.recipientKey = n.recipientKey "
                + "AND r.linkedSubject = :subject AND n.recipientType = uk.send.contracts.RecipientType.FAMILY "
                + (referralId == null ? "" : "AND n.referralId = :referralId ")
                + "ORDER BY n.createdAt DESC, n.id", Notice.class).setParameter("subject", subject);
        if (referralId != null) {
            query.setParameter("referralId", referralId);
        }
        return query.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
    }
}
