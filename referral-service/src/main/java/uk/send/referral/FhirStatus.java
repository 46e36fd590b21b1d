package uk.send.referral;

import uk.send.contracts.ClosureReason;
import uk.send.contracts.ReferralStatus;

/**
 * The referral's status in FHIR R4 terms ({@code ServiceRequest.status}, {@code Task.status}), so that the platform
 * can speak the NHS e-referral standards.
 */
public record FhirStatus(String serviceRequest, String task) {

    public static FhirStatus of(ReferralStatus status, ClosureReason closureReason) {
        return switch (status) {
            case SUBMITTED -> new FhirStatus("active", "requested");
            case IN_TRIAGE -> new FhirStatus("active", "received");
            case MORE_INFORMATION_REQUESTED -> new FhirStatus("on-hold", "on-hold");
            case ACCEPTED_WAITING -> new FhirStatus("active", "accepted");
            case IN_PROGRESS -> new FhirStatus("active", "in-progress");
            case CLOSED -> switch (closureReason) {
                case DECLINED -> new FhirStatus("revoked", "rejected");
                case WITHDRAWN -> new FhirStatus("revoked", "cancelled");
                case COMPLETED, DISCHARGED -> new FhirStatus("completed", "completed");
                case TRANSFERRED_TO_ADULT_SERVICES -> new FhirStatus("completed", "completed");
                case DUPLICATE -> new FhirStatus("entered-in-error", "cancelled");
            };
        };
    }
}
