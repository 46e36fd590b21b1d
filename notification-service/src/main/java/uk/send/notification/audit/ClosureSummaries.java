package uk.send.notification.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.send.notification.NativeRows;

/** Closed referrals with their school and family notices counted, one row each: what {@link ClosureNotices} judges. */
@ApplicationScoped
public class ClosureSummaries {

    /**
     * A notice has reached its person ({@code Notice.reached}): an email or text once accepted, a letter once posted
     * or received for printing; and, when a person must make it in Braille, easy read, audio, with an interpreter or
     * translated, once that request is done. It reached them when the last of those happened.
     */
    private static final String REACHED = """
            (n.status = 'DELIVERED' OR (n.status = 'SENT' AND n.channel <> 'LETTER'))
            AND NOT EXISTS (SELECT 1 FROM format_request f WHERE f.notice_id = n.id AND f.status = 'OPEN')""";

    private static final String QUERY = """
            SELECT r.referral_id, r.closure_event_id, r.closed_at,
                   count(n.id) FILTER (WHERE n.recipient_type = 'SCHOOL'),
                   count(n.id) FILTER (WHERE n.recipient_type = 'SCHOOL' AND %1$s),
                   count(n.id) FILTER (WHERE n.recipient_type = 'FAMILY'),
                   count(n.id) FILTER (WHERE n.recipient_type = 'FAMILY' AND %1$s),
                   count(n.id) FILTER (WHERE n.status = 'HELD'),
                   max(greatest(coalesce(n.delivered_at, n.sent_at),
                       (SELECT max(f.done_at) FROM format_request f WHERE f.notice_id = n.id))) FILTER (WHERE %1$s)
            FROM referral_copy r
            LEFT JOIN notice n ON n.cause_event_id = r.closure_event_id AND n.recipient_type IN ('SCHOOL', 'FAMILY')
            WHERE r.closed_at IS NOT NULL %%s
            GROUP BY r.referral_id, r.closure_event_id, r.closed_at
            ORDER BY r.closed_at""".formatted(REACHED);

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
                NativeRows.instant(row[2]), number(row[3]), number(row[4]), number(row[5]), number(row[6]),
                number(row[7]), NativeRows.instant(row[8]))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
