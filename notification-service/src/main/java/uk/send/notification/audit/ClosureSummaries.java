package uk.send.notification.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Closed referrals with their school and family notices counted, one row each: what {@link ClosureNotices} judges. */
@ApplicationScoped
public class ClosureSummaries {

    private static final String QUERY = """
            SELECT r.referral_id, r.closure_event_id, r.closed_at,
                   count(n.id) FILTER (WHERE n.recipient_type = 'SCHOOL'),
                   count(n.id) FILTER (WHERE n.recipient_type = 'SCHOOL' AND n.status IN ('SENT', 'DELIVERED')),
                   count(n.id) FILTER (WHERE n.recipient_type = 'FAMILY'),
                   count(n.id) FILTER (WHERE n.recipient_type = 'FAMILY' AND n.status IN ('SENT', 'DELIVERED')),
                   count(n.id) FILTER (WHERE n.status = 'HELD'),
                   max(coalesce(n.delivered_at, n.sent_at)) FILTER (WHERE n.status IN ('SENT', 'DELIVERED'))
            FROM referral_copy r
            LEFT JOIN notice n ON n.cause_event_id = r.closure_event_id AND n.recipient_type IN ('SCHOOL', 'FAMILY')
            WHERE r.closed_at IS NOT NULL %s
            GROUP BY r.referral_id, r.closure_event_id, r.closed_at
            ORDER BY r.closed_at""";

    private final EntityManager entityManager;

    ClosureSummaries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every closure. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ClosureNotices.Closure> all() {
        return read(entityManager.createNativeQuery(QUERY.formatted("")).getResultList());
    }

    /** Closures without a verdict yet, oldest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ClosureNotices.Closure> undecided(int limit) {
        return read(entityManager.createNativeQuery(QUERY.formatted(
                "AND NOT EXISTS (SELECT 1 FROM closure_verdict v WHERE v.referral_id = r.referral_id)"))
                .setMaxResults(limit).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<ClosureNotices.Closure> read(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(row -> new ClosureNotices.Closure((UUID) row[0], (UUID) row[1],
                instant(row[2]), number(row[3]), number(row[4]), number(row[5]), number(row[6]), number(row[7]),
                instant(row[8]))).toList();
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
