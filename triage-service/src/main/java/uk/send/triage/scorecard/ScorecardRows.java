package uk.send.triage.scorecard;

import static uk.send.triage.Timestamps.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.ReprioritisationReason;
import uk.send.contracts.notification.ClosureNoticeVerdict;

/** The scorecard's read model, read for a range of dates: only the rows that can count in it. */
@ApplicationScoped
public class ScorecardRows {

    private final EntityManager entityManager;

    ScorecardRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record ReferralRow(UUID referralId, ClinicalService service, Instant receivedAt, Instant acceptedAt,
            Instant leftListAt, Instant closedAt, String closureReason) {
    }

    record ReprioritisationRow(ReprioritisationReason reason, Instant at) {
    }

    record VerdictRow(UUID referralId, ClosureNoticeVerdict verdict, String problem, int slaMinutes) {
    }

    record TransitionRow(String transition, LocalDate on, LocalDate reviewDeadline, String missingItems) {
    }

    @SuppressWarnings("unchecked")
    /**
     * The referrals that can count between {@code since} and {@code end}: received before the end and not closed
     * before the start (one closed earlier left the list earlier too, so it is in no figure of the range).
     */
    List<ReferralRow> referrals(ClinicalService service, Instant since, Instant end) {
        return ((List<Object[]>) entityManager.createNativeQuery("""
                SELECT referral_id, service, received_at, accepted_at, left_list_at, closed_at, closure_reason
                FROM scorecard_referral
                WHERE (CAST(:service AS text) IS NULL OR service = :service)
                  AND received_at < :end AND (closed_at IS NULL OR closed_at >= :since)""")
                .setParameter("service", service == null ? null : service.name())
                .setParameter("since", since)
                .setParameter("end", end)
                .getResultList()).stream()
                .map(row -> new ReferralRow((UUID) row[0], ClinicalService.valueOf((String) row[1]),
                        instant(row[2]), instant(row[3]), instant(row[4]), instant(row[5]), (String) row[6]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    List<Instant> waitingUpdates(ClinicalService service, Instant since, Instant end) {
        return ((List<Object>) entityManager.createNativeQuery("""
                SELECT sent_at FROM scorecard_waiting_update
                WHERE (CAST(:service AS text) IS NULL OR service = :service)
                  AND sent_at >= :since AND sent_at < :end""")
                .setParameter("service", service == null ? null : service.name())
                .setParameter("since", since)
                .setParameter("end", end)
                .getResultList()).stream()
                .map(at -> instant(at)).toList();
    }

    @SuppressWarnings("unchecked")
    List<ReprioritisationRow> reprioritisations(ClinicalService service, Instant since, Instant end) {
        return ((List<Object[]>) entityManager.createNativeQuery("""
                SELECT reason_category, reprioritised_at FROM scorecard_reprioritisation
                WHERE (CAST(:service AS text) IS NULL OR service = :service)
                  AND reprioritised_at >= :since AND reprioritised_at < :end""")
                .setParameter("service", service == null ? null : service.name())
                .setParameter("since", since)
                .setParameter("end", end)
                .getResultList()).stream()
                .map(row -> new ReprioritisationRow(ReprioritisationReason.valueOf((String) row[0]), instant(row[1])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    Map<UUID, VerdictRow> verdicts(List<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return Map.of();
        }
        return ((List<Object[]>) entityManager.createNativeQuery("""
                SELECT referral_id, verdict, problem, sla_minutes FROM scorecard_closure_verdict
                WHERE referral_id IN (:ids)""")
                .setParameter("ids", referralIds)
                .getResultList()).stream()
                .map(row -> new VerdictRow((UUID) row[0], ClosureNoticeVerdict.valueOf((String) row[1]),
                        (String) row[2], ((Number) row[3]).intValue()))
                .collect(Collectors.toMap(VerdictRow::referralId, v -> v));
    }

    @SuppressWarnings("unchecked")
    /** Transitions still to come after the day: the due ones and the overdue reviews are among them. */
    List<TransitionRow> transitionsAfter(LocalDate day) {
        return ((List<Object[]>) entityManager.createNativeQuery("""
                SELECT transition, transition_date, review_deadline, missing_items FROM scorecard_transition
                WHERE transition_date > :day""")
                .setParameter("day", day)
                .getResultList()).stream()
                .map(row -> new TransitionRow((String) row[0], localDate(row[1]), localDate(row[2]),
                        (String) row[3]))
                .toList();
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
