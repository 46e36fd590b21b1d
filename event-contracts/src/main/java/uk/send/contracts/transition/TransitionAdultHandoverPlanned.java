package uk.send.contracts.transition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.RecipientType;

/**
 * A children's service ends for a young person within the planning window: the referral stays open while the
 * hand-over is planned. With an adult service, the case worker and the family (the young person too, from 16) are
 * told which service takes over and when; with none ({@code adultService} null), only the case worker, who decides.
 */
public record TransitionAdultHandoverPlanned(
        UUID childId,
        UUID referralId,
        ClinicalService service,
        ClinicalService adultService,
        LocalDate transferOn,
        List<RecipientType> recipients) {
}
