package uk.send.referral.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The referral's state in FHIR R4 terms, as the platform's own JSON shows it ({@code fhir}): the same codes as the
 * FHIR view's ServiceRequest and Task, from {@link FhirMapping}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FhirStatus(String serviceRequest, String task, String businessStatus, String statusReason) {

    public static FhirStatus of(FhirMapping.Progress progress) {
        FhirMapping.Statuses statuses = FhirMapping.of(progress);
        return new FhirStatus(statuses.serviceRequest(), statuses.task(), statuses.businessStatus(),
                statuses.statusReason());
    }
}
