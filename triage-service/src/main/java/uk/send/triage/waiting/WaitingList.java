package uk.send.triage.waiting;

import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import uk.send.contracts.ClinicalService;
import uk.send.triage.TriageCase;
import uk.send.triage.TriageQueue;

/** A service's waiting list as it stands: who is on it, in order, and how long each is likely to wait. */
@ApplicationScoped
public class WaitingList {

    /** A child's place on the list and the estimated weeks still to wait, if the list has been moving. */
    public record Place(int position, Integer estimatedWeeks) {
    }

    public WaitingListEstimator estimator(ClinicalService service, Instant now) {
        // Only how many left counts. count(*), not count(c): the database counts them from the index on departures
        // alone, without reading a row, however many there were.
        Long recent = TriageCase.getEntityManager().createQuery("SELECT count(*) FROM TriageCase c "
                        + "WHERE c.service = :service AND c.leftWaitingAt >= :from AND c.leftWaitingAt <= :now",
                        Long.class)
                .setParameter("service", service)
                .setParameter("from", WaitingListEstimator.windowStart(now))
                .setParameter("now", now)
                .getSingleResult();
        return new WaitingListEstimator(recent);
    }

    public Place placeOf(ClinicalService service, UUID referralId, Instant now) {
        int position = positionOf(service, referralId);
        OptionalInt weeks = position == 0 ? OptionalInt.empty() : estimator(service, now).weeksToWait(position);
        return new Place(position, weeks.isPresent() ? weeks.getAsInt() : null);
    }

    /**
     * The child's place (from 1) on the service's waiting list, 0 if not on it: one more than those ahead in
     * {@link TriageQueue#WAITING_ORDER}, counted along the waiting list's index.
     */
    private static int positionOf(ClinicalService service, UUID referralId) {
        String rank = TriageQueue.WAITING_RANK_SQL;
        Number position = (Number) TriageCase.getEntityManager().createNativeQuery("""
                SELECT CASE WHEN me.referral_id IS NULL THEN 0 ELSE (
                    SELECT count(*) + 1 FROM triage_case ahead
                    WHERE ahead.service = :service AND ahead.stage = 'WAITING'
                      AND (%s, ahead.received_at, ahead.referral_id) < (%s, me.received_at, me.referral_id)) END
                FROM (SELECT 1) one LEFT JOIN triage_case me
                  ON me.referral_id = :id AND me.service = :service AND me.stage = 'WAITING'"""
                        .formatted(rank.replace("priority", "ahead.priority"), rank.replace("priority", "me.priority")))
                .setParameter("service", service.name())
                .setParameter("id", referralId)
                .getSingleResult();
        return position.intValue();
    }
}
