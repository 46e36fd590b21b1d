package uk.send.referral.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The audit log of reads of children's records: who read which referral, when, and how (one record or a list). */
@ApplicationScoped
public class RecordAccessLog {

    public static final String READ = "READ";
    public static final String LIST = "LIST";

    private final EntityManager entityManager;

    RecordAccessLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Collection<UUID> referralIds, String who, String role, String action) {
        Instant now = Instant.now();
        for (UUID referralId : referralIds) {
            entityManager.createNativeQuery("""
                    INSERT INTO record_access (referral_id, accessed_by, role, action, accessed_at)
                    VALUES (:referral, :who, :role, :action, :at)""")
                    .setParameter("referral", referralId)
                    .setParameter("who", who)
                    .setParameter("role", role)
                    .setParameter("action", action)
                    .setParameter("at", now)
                    .executeUpdate();
        }
    }
}
