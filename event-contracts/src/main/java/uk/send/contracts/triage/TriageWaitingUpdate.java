package uk.send.contracts.triage;

import java.time.Instant;
import java.util.UUID;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.WaitingUpdateReason;

/**
 * A waiting child's place and estimated wait as of now, for the family's regular news while they wait: at each
 * interval, or at once when the place or the estimate has moved a lot ({@code reason}).
 */
public record TriageWaitingUpdate(
        UUID referralId,
        ClinicalService service,
        int waitingListPosition,
        Integer estimatedWaitWeeks,
        WaitingUpdateReason reason,
        Instant at) {
}
