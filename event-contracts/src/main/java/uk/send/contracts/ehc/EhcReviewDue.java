package uk.send.contracts.ehc;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.RecipientType;

/**
 * A child's EHC plan is due its annual review by {@code dueOn} (reg. 18(1)): the school, which usually holds it, the
 * family and the case worker are told ahead of it. A review before a phase transfer is reminded of by
 * {@code transition.due} instead, so that it is one review, not two.
 */
public record EhcReviewDue(
        UUID childId,
        LocalDate dueOn,
        String schoolUrn,
        List<UUID> referralIds,
        List<RecipientType> recipients) {
}
