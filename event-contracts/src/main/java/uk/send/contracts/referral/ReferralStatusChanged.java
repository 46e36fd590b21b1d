package uk.send.contracts.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.Priority;
import uk.send.contracts.ReferralStatus;

/**
 * The canonical record that a referral moved from one status to another. Only referral-service publishes it.
 * Optional parts are present when the change carries them: a question for the school, a waiting-list place,
 * the support offered while waiting, a closure's reason and signposting. {@code answeredBySchool} marks the return
 * to triage that the school's answer to a question brought about (rather than a clinician carrying on without it).
 */
public record ReferralStatusChanged(
        UUID referralId,
        ClinicalService service,
        String schoolUrn,
        ReferralStatus from,
        ReferralStatus to,
        Instant changedAt,
        Priority priority,
        String reason,
        ClosureReason closureReason,
        List<String> signposting,
        String question,
        Integer waitingListPosition,
        Integer estimatedWaitWeeks,
        List<SupportOffer> supportOffers,
        boolean answeredBySchool) {

    /** A change that is not the school's answer. */
    public ReferralStatusChanged(UUID referralId, ClinicalService service, String schoolUrn, ReferralStatus from,
            ReferralStatus to, Instant changedAt, Priority priority, String reason, ClosureReason closureReason,
            List<String> signposting, String question, Integer waitingListPosition, Integer estimatedWaitWeeks,
            List<SupportOffer> supportOffers) {
        this(referralId, service, schoolUrn, from, to, changedAt, priority, reason, closureReason, signposting,
                question, waitingListPosition, estimatedWaitWeeks, supportOffers, false);
    }
}
