package uk.send.contracts.ehc;

import java.time.LocalDate;
import java.util.UUID;

import uk.send.contracts.ClinicalService;

/**
 * Health advice for a child's EHC needs assessment, asked of a clinical service: work for that service's clinicians,
 * due 6 weeks from the request (reg. 8(1)). Carries what the service needs to find the child in its own records, and
 * nothing more;
 * {@code childId} names the child in the audit of who read the request.
 */
public record EhcAdviceRequested(
        UUID adviceRequestId,
        UUID assessmentId,
        String assessmentReference,
        UUID childId,
        ClinicalService service,
        LocalDate requestedOn,
        LocalDate dueOn,
        Child child) {

    /** The child as the clinical service would look them up. */
    public record Child(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber,
            String schoolUrn) {
    }
}
