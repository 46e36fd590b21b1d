package uk.send.contracts.transition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.RecipientType;
import uk.send.contracts.TransitionType;

/** A child's transition is a set number of months away; the EHC plan deadline is given where one applies. */
public record TransitionDue(
        UUID childId,
        TransitionType transition,
        LocalDate transitionDate,
        LocalDate reviewDeadline,
        int leadTimeMonths,
        String schoolUrn,
        List<UUID> referralIds,
        List<RecipientType> recipients) {
}
