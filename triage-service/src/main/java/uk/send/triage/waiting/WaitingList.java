package uk.send.triage.waiting;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import uk.send.contracts.ClinicalService;
import uk.send.triage.QueueEntry;
import uk.send.triage.TriageCase;
import uk.send.triage.TriageQueue;
import uk.send.triage.TriageStage;

/** A service's waiting list as it stands: who is on it, in order, and how long each is likely to wait. */
@ApplicationScoped
public class WaitingList {

    /** A child's place on the list and the estimated weeks still to wait, if the list has been moving. */
    public record Place(int position, Integer estimatedWeeks) {
    }

    public List<QueueEntry> ordered(ClinicalService service) {
        return TriageQueue.waitingOrder(TriageCase.<TriageCase>list("service = ?1 AND stage = ?2", service,
                TriageStage.WAITING).stream().map(TriageCase::entry).toList());
    }

    public WaitingListEstimator estimator(ClinicalService service, Instant now) {
        List<Instant> departures = TriageCase.getEntityManager().createQuery("SELECT c.leftWaitingAt FROM TriageCase c "
                        + "WHERE c.service = :service AND c.leftWaitingAt >= :since", Instant.class)
                .setParameter("service", service)
                .setParameter("since", now.minusSeconds(7L * 24 * 3600 * WaitingListEstimator.WINDOW_WEEKS))
                .getResultList();
        return new WaitingListEstimator(departures, now);
    }

    public Place placeOf(ClinicalService service, UUID referralId, Instant now) {
        int position = TriageQueue.positionOf(ordered(service), referralId);
        OptionalInt weeks = position == 0 ? OptionalInt.empty() : estimator(service, now).weeksToWait(position);
        return new Place(position, weeks.isPresent() ? weeks.getAsInt() : null);
    }
}
