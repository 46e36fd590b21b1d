package uk.send.contracts.transition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.RecipientType;

/**
 * A young person with an open referral to a children's-only service turns 18 soon: the referral is handed to
 * the adult pathway rather than closed silently.
 */
public record TransitionAdultHandoverDue(
        UUID childId,
        UUID referralId,
        ClinicalService service,
        LocalDate eighteenthBirthday,
        List<RecipientType> recipients) {
}
