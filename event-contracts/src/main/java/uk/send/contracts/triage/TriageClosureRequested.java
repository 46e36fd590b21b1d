package uk.send.contracts.triage;

import java.time.Instant;
import java.util.UUID;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;

/** The clinician closes a referral after the work ended; the summary is written for the family. */
public record TriageClosureRequested(
        UUID referralId,
        ClinicalService service,
        ClosureReason outcome,
        String summary,
        Instant requestedAt) {
}
