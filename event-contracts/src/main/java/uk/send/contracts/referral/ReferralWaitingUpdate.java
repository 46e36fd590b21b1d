package uk.send.contracts.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.WaitingUpdateReason;

/**
 * News for a waiting family: the child's place and estimated wait as of {@code at}, with the support offered while
 * they wait. Published by referral-service, which keeps the place as the family view shows it.
 */
public record ReferralWaitingUpdate(
        UUID referralId,
        ClinicalService service,
        String schoolUrn,
        int waitingListPosition,
        Integer estimatedWaitWeeks,
        List<SupportOffer> supportOffers,
        WaitingUpdateReason reason,
        Instant at) {
}
