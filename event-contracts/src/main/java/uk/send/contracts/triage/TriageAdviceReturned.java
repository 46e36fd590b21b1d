package uk.send.contracts.triage;

import java.time.LocalDate;
import java.util.UUID;

import uk.send.contracts.ClinicalService;

/**
 * A clinical service returned its health advice for an EHC needs assessment. The advice itself stays with the
 * service that wrote it, and is read from there by the case worker: only its date and whether the child is known to
 * the service travel.
 */
public record TriageAdviceReturned(
        UUID adviceRequestId,
        UUID assessmentId,
        ClinicalService service,
        LocalDate returnedOn,
        boolean knownToService) {
}
