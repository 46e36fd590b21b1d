package uk.send.contracts.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A referral's family contacts were corrected or added to, by the school, a case worker or the contact themself (their
 * preferences). Carries every family contact as it now is, in the shape of {@link ReferralSubmitted}, so that a
 * consumer's copy becomes the referral's, whatever it missed before.
 */
public record ReferralContactsChanged(
        UUID referralId,
        List<ReferralSubmitted.FamilyContact> familyContacts,
        Instant changedAt) {
}
