package uk.send.contracts.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.Priority;
import uk.send.contracts.TriageDecision;
import uk.send.contracts.referral.SupportOffer;

/**
 * A clinician's decision. Accepting carries the priority, the waiting-list place and the support offered;
 * declining carries the reason and signposting; requesting information carries the question for the school.
 */
public record TriageDecisionMade(
        UUID referralId,
        ClinicalService service,
        TriageDecision decision,
        Instant decidedAt,
        Priority priority,
        String reason,
        List<String> signposting,
        String question,
        Integer waitingListPosition,
        Integer estimatedWaitWeeks,
        List<SupportOffer> supportOffers) {
}
