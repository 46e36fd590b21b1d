package uk.send.contracts.triage;

import java.time.Instant;
import java.util.UUID;

import uk.send.contracts.ClinicalService;

/** The service's triage queue has the referral: referral-service moves it to IN_TRIAGE. */
public record TriageReceived(UUID referralId, ClinicalService service, Instant receivedAt) {
}
