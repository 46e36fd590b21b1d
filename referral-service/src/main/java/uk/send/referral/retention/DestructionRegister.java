package uk.send.referral.retention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.send.contracts.referral.ReferralRecordsDestroyed;

/** The register of destroyed records, as read: newest first, a page at a time. */
@ApplicationScoped
public class DestructionRegister {

    private final EntityManager entityManager;

    DestructionRegister(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public List<DestroyedRecordView> page(int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT reference, service, why, ground, "
                        + "request_reference, kept_until, destroyed_by, destroyed_at FROM destroyed_record "
                        + "ORDER BY destroyed_at DESC, referral_id LIMIT ?1 OFFSET ?2")
                .setParameter(1, size).setParameter(2, page * size).getResultList();
        return rows.stream().map(row -> new DestroyedRecordView(((String) row[0]).trim(), (String) row[1],
                ReferralRecordsDestroyed.Why.valueOf((String) row[2]),
                row[3] == null ? null : ErasureGround.valueOf((String) row[3]).inWords(), (String) row[4],
                row[5] instanceof Date day ? day.toLocalDate() : (LocalDate) row[5], (String) row[6],
                instant(row[7]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
