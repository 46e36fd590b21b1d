package uk.send.contracts.transition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.RecipientType;
import uk.send.contracts.TransitionType;

/** A transition is near and its plan still lacks information the receiving setting needs. */
public record TransitionInformationIncomplete(
        UUID childId,
        TransitionType transition,
        LocalDate transitionDate,
        List<String> missingItems,
        String setting,
        String schoolUrn,
        List<UUID> referralIds,
        List<RecipientType> recipients) {
}
