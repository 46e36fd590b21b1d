package uk.send.contracts.transition;

import java.time.LocalDate;
import java.util.UUID;

import uk.send.contracts.ClinicalService;

/**
 * A young person has reached the end of a children's service: referral-service refers them to the adult service,
 * carrying the day the children's referral was received, and closes the children's referral naming the new one.
 * Raised only where an adult service is configured; otherwise the case worker decides.
 */
public record TransitionAdultHandoverDue(
        UUID childId,
        UUID referralId,
        ClinicalService service,
        ClinicalService adultService,
        LocalDate transferOn) {
}
