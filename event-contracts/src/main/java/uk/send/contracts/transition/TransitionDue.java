package uk.send.contracts.transition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.RecipientType;
import uk.send.contracts.TransitionType;

/**
 * A reminder of a child's transition. For a phase transfer of a child with an EHC plan it is a reminder of the
 * statutory review: {@code reviewBy} is the latest day for the review meeting, {@code reviewDeadline} the day the
 * amended plan is due, and the reminder always comes before both. Otherwise it comes {@code leadTimeMonths} ahead.
 * {@code setting} is where the child is educated now (for the partnership's figures).
 */
public record TransitionDue(
        UUID childId,
        TransitionType transition,
        LocalDate transitionDate,
        LocalDate reviewDeadline,
        LocalDate reviewBy,
        int leadTimeMonths,
        String setting,
        String schoolUrn,
        List<UUID> referralIds,
        List<RecipientType> recipients) {
}
