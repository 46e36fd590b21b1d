package uk.send.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.send.contracts.ClosureReason;
import uk.send.contracts.ReferralStatus;

/**
 * Every status maps to codes of FHIR R4's value sets: ServiceRequest.status (request-status,
 * hl7.org/fhir/R4/valueset-request-status.html) and Task.status (task-status,
 * hl7.org/fhir/R4/valueset-task-status.html).
 */
class FhirStatusTest {

    private static final Set<String> REQUEST_STATUS = Set.of("draft", "active", "on-hold", "revoked", "completed",
            "entered-in-error", "unknown");
    private static final Set<String> TASK_STATUS = Set.of("draft", "requested", "received", "accepted", "rejected",
            "ready", "cancelled", "in-progress", "on-hold", "failed", "completed", "entered-in-error");

    @Test
    void everyStatusAndClosureIsACodeOfTheR4ValueSets() {
        for (ReferralStatus status : ReferralStatus.values()) {
            for (ClosureReason reason : ClosureReason.values()) {
                FhirStatus fhir = FhirStatus.of(status, status == ReferralStatus.CLOSED ? reason : null);
                assertThat(REQUEST_STATUS).as(status + " " + reason).contains(fhir.serviceRequest());
                assertThat(TASK_STATUS).as(status + " " + reason).contains(fhir.task());
            }
        }
    }

    @Test
    void aQuestionPutsTheRequestOnHoldAndAClosureSaysHowItEnded() {
        assertThat(FhirStatus.of(ReferralStatus.MORE_INFORMATION_REQUESTED, null))
                .isEqualTo(new FhirStatus("on-hold", "on-hold"));
        assertThat(FhirStatus.of(ReferralStatus.CLOSED, ClosureReason.DECLINED))
                .isEqualTo(new FhirStatus("revoked", "rejected"));
        assertThat(FhirStatus.of(ReferralStatus.CLOSED, ClosureReason.DUPLICATE))
                .isEqualTo(new FhirStatus("entered-in-error", "cancelled"));
        assertThat(FhirStatus.of(ReferralStatus.CLOSED, ClosureReason.COMPLETED))
                .isEqualTo(new FhirStatus("completed", "completed"));
    }
}
