package uk.send.referral.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.Priority;
import uk.send.contracts.ReferralStatus;
import uk.send.referral.Referral;

/**
 * One page of the referrals a caller may see, newest first. {@code totalItems} is exact up to {@value #COUNTED_UP_TO}
 * ({@code totalItemsExact}); beyond that it says only that there are at least that many, because counting a whole
 * region's referrals would cost far more than the page.
 */
public record ReferralPage(List<Summary> items, int page, int size, long totalItems, boolean totalItemsExact) {

    public static final int COUNTED_UP_TO = 10_000;

    public record Summary(UUID id, String reference, ReferralStatus status, ClinicalService service, String schoolUrn,
            String childName, Priority priority, ClosureReason closureReason, Instant submittedAt,
            Instant updatedAt) {

        static Summary of(Referral referral) {
            return new Summary(referral.id(), referral.reference(), referral.status(), referral.service(), referral.schoolUrn(),
                    referral.child().givenName() + " " + referral.child().familyName(), referral.priority(),
                    referral.closureReason(), referral.submittedAt(), referral.updatedAt());
        }
    }
}
