package uk.send.contracts.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A family contact named on a referral was invited to follow it online. The code reaches only that contact, in a
 * notice of its own; whoever signs in and enters it before it expires is linked to the contact, once.
 */
public record ReferralFamilyInvited(
        UUID referralId,
        UUID contactId,
        String code,
        Instant expiresAt,
        Instant invitedAt) {
}
