package uk.send.contracts.referral;

import java.time.Instant;
import java.util.UUID;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.Priority;
import uk.send.contracts.ReprioritisationReason;

/** A waiting child's priority changed; the status stays ACCEPTED_WAITING. Published only by referral-service. */
public record ReferralReprioritised(
        UUID referralId,
        ClinicalService service,
        String schoolUrn,
        Priority from,
        Priority to,
        ReprioritisationReason reasonCategory,
        String reason,
        Integer waitingListPosition,
        Integer estimatedWaitWeeks,
        Instant reprioritisedAt) {
}
