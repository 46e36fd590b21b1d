package uk.send.contracts.referral;

import java.time.Instant;
import java.util.UUID;

/** A family account (its token subject) was linked to a family contact of a referral by accepting an invitation. */
public record ReferralFamilyLinked(
        UUID referralId,
        UUID contactId,
        String subject,
        Instant linkedAt) {
}
