package uk.send.contracts.triage;

import java.time.Instant;
import java.util.UUID;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.Priority;
import uk.send.contracts.ReprioritisationReason;

/** A waiting child's priority changed, for example because their health deteriorated. */
public record TriageReprioritised(
        UUID referralId,
        ClinicalService service,
        Priority from,
        Priority to,
        ReprioritisationReason reasonCategory,
        String reason,
        Integer waitingListPosition,
        Integer estimatedWaitWeeks,
        Instant reprioritisedAt) {
}
