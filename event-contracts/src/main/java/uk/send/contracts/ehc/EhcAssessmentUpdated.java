package uk.send.contracts.ehc;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.RecipientType;

/**
 * A step of a child's EHC needs assessment, for the family and the school to be told of it. {@code on} is the day of
 * the step; {@code commentsBy} the last of the family's 15 days after a draft; {@code finalPlanDue} the 20-week limit.
 * The family and the school are reached through the child's referrals ({@code referralIds}).
 */
public record EhcAssessmentUpdated(
        UUID assessmentId,
        String reference,
        UUID childId,
        EhcStep step,
        LocalDate on,
        LocalDate decisionDue,
        LocalDate finalPlanDue,
        LocalDate commentsBy,
        String schoolUrn,
        List<UUID> referralIds,
        List<RecipientType> recipients) {
}
