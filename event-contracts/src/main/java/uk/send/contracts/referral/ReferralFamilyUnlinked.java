package uk.send.contracts.referral;

import java.time.Instant;
import java.util.UUID;

/** A case worker removed a family account's link to a family contact: that account sees nothing of it from now on. */
public record ReferralFamilyUnlinked(
        UUID referralId,
        UUID contactId,
        Instant unlinkedAt) {
}
