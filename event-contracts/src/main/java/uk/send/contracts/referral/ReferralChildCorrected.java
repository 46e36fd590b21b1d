package uk.send.contracts.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * The referred child's details were corrected: a name misspelt, a wrong date of birth, NHS number or UPN. Carries the
 * child as the referral now records them, whole, so that every copy becomes the referral's.
 */
public record ReferralChildCorrected(
        UUID referralId,
        ReferralSubmitted.Child child,
        Instant correctedAt) {
}
