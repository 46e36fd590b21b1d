package uk.send.contracts.ehc;

import java.time.LocalDate;
import java.util.UUID;

import uk.send.contracts.ClinicalService;

/**
 * A reminder to the case work team that a statutory limit of a child's assessment or review falls on {@code dueOn}
 * and what it asks is not done yet. Always sent before the day, never after it. {@code service} names the clinical
 * service whose advice is awaited, for an advice limit.
 */
public record EhcDeadlineApproaching(
        UUID childId,
        UUID assessmentId,
        String reference,
        EhcLimit limit,
        LocalDate dueOn,
        ClinicalService service) {
}
