package uk.send.contracts.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A family member signed in to the family view asked for an EHC needs assessment for the child of a referral their
 * account is linked to (Children and Families Act 2014, s.36(1)): {@code byYoungPerson} when the young person asked
 * for themselves. The request is received on the day of {@code requestedAt} in England.
 */
public record ReferralEhcAssessmentRequested(
        UUID referralId,
        boolean byYoungPerson,
        Instant requestedAt) {
}
