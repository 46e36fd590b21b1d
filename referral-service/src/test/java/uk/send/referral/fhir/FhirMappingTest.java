package uk.send.referral.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.send.contracts.ReferralStatus.ACCEPTED_WAITING;
import static uk.send.contracts.ReferralStatus.CLOSED;
import static uk.send.contracts.ReferralStatus.IN_PROGRESS;
import static uk.send.contracts.ReferralStatus.IN_TRIAGE;
import static uk.send.contracts.ReferralStatus.MORE_INFORMATION_REQUESTED;
import static uk.send.contracts.ReferralStatus.SUBMITTED;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.send.contracts.ClosureReason;
import uk.send.contracts.Priority;
import uk.send.contracts.ReferralStatus;

/**
 * The referral onto FHIR R4: ServiceRequest.status from request-status (hl7.org/fhir/R4/valueset-request-status.html),
 * Task.status from task-status (hl7.org/fhir/R4/valueset-task-status.html) along the Task state machine
 * (hl7.org/fhir/R4/task.html#statemachine), priority from request-priority.
 */
class FhirMappingTest {

    private static final Set<String> REQUEST_STATUS = Set.of("draft", "active", "on-hold", "revoked", "completed",
            "entered-in-error", "unknown");
    private static final Set<String> TASK_STATUS = Set.of("draft", "requested", "received", "accepted", "rejected",
            "ready", "cancelled", "in-progress", "on-hold", "failed", "completed", "entered-in-error");

    private static FhirMapping.Statuses after(ClosureReason reason, ReferralStatus... path) {
        return FhirMapping.of(FhirMapping.Progress.of(path[path.length - 1], List.of(path), reason));
    }

    @Test
    void eachOpenStateIsTheSchoolsActiveRequestAndTheServicesTaskWhereItStands() {
        assertThat(after(null, SUBMITTED)).isEqualTo(
                new FhirMapping.Statuses("active", "requested", "submitted", null));
        assertThat(after(null, SUBMITTED, IN_TRIAGE)).isEqualTo(
                new FhirMapping.Statuses("active", "received", "in-triage", null));
        assertThat(after(null, SUBMITTED, IN_TRIAGE, ACCEPTED_WAITING)).isEqualTo(
                new FhirMapping.Statuses("active", "accepted", "accepted-waiting", null));
        assertThat(after(null, SUBMITTED, IN_TRIAGE, ACCEPTED_WAITING, IN_PROGRESS)).isEqualTo(
                new FhirMapping.Statuses("active", "in-progress", "in-progress", null));
    }

    @Test
    void aQuestionToTheSchoolHoldsTheTaskNotTheSchoolsRequest() {
        assertThat(after(null, SUBMITTED, IN_TRIAGE, MORE_INFORMATION_REQUESTED)).isEqualTo(
                new FhirMapping.Statuses("active", "on-hold", "more-information-requested", null));
    }

    @Test
    void aDeclineRejectsTheTaskAndLeavesTheRequestForTheSchoolToActOn() {
        assertThat(after(ClosureReason.DECLINED, SUBMITTED, IN_TRIAGE, CLOSED)).isEqualTo(
                new FhirMapping.Statuses("active", "rejected", "closed", "declined"));
    }

    @Test
    void aWithdrawalRevokesTheRequestAndCancelsTheTaskOrFailsItOnceWorkBegan() {
        assertThat(after(ClosureReason.WITHDRAWN, SUBMITTED, IN_TRIAGE, ACCEPTED_WAITING, CLOSED)).isEqualTo(
                new FhirMapping.Statuses("revoked", "cancelled", "closed", "withdrawn"));
        assertThat(after(ClosureReason.WITHDRAWN, SUBMITTED, IN_TRIAGE, ACCEPTED_WAITING, IN_PROGRESS, CLOSED))
                .as("no Task goes from in-progress to cancelled").isEqualTo(
                        new FhirMapping.Statuses("revoked", "failed", "closed", "withdrawn"));
    }

    @Test
    void completedWorkCompletesBoth() {
        assertThat(after(ClosureReason.COMPLETED, SUBMITTED, IN_TRIAGE, ACCEPTED_WAITING, IN_PROGRESS, CLOSED))
                .isEqualTo(new FhirMapping.Statuses("completed", "completed", "closed", "completed"));
    }

    @Test
    void aDischargeWithoutBeingSeenIsNotCompleted() {
        assertThat(after(ClosureReason.DISCHARGED, SUBMITTED, IN_TRIAGE, ACCEPTED_WAITING, CLOSED)).isEqualTo(
                new FhirMapping.Statuses("revoked", "cancelled", "closed", "discharged"));
        assertThat(after(ClosureReason.DISCHARGED, SUBMITTED, IN_TRIAGE, ACCEPTED_WAITING, IN_PROGRESS, CLOSED))
                .isEqualTo(new FhirMapping.Statuses("completed", "completed", "closed", "discharged"));
    }

    @Test
    void aTransferToAdultServicesRevokesTheChildrensRequestForTheAdultOneThatReplacesIt() {
        assertThat(after(ClosureReason.TRANSFERRED_TO_ADULT_SERVICES, SUBMITTED, IN_TRIAGE, ACCEPTED_WAITING, CLOSED))
                .isEqualTo(new FhirMapping.Statuses("revoked", "cancelled", "closed",
                        "transferred-to-adult-services"));
        assertThat(after(ClosureReason.TRANSFERRED_TO_ADULT_SERVICES, SUBMITTED, IN_TRIAGE, ACCEPTED_WAITING,
                IN_PROGRESS, CLOSED)).extracting(FhirMapping.Statuses::task).isEqualTo("completed");
    }

    @Test
    void aDuplicateIsAnErrorOnlyUntilTriageDecidedSomething() {
        assertThat(after(ClosureReason.DUPLICATE, SUBMITTED, IN_TRIAGE, CLOSED)).isEqualTo(
                new FhirMapping.Statuses("entered-in-error", "entered-in-error", "closed", "duplicate"));
        assertThat(after(ClosureReason.DUPLICATE, SUBMITTED, IN_TRIAGE, MORE_INFORMATION_REQUESTED, IN_TRIAGE,
                CLOSED)).isEqualTo(new FhirMapping.Statuses("revoked", "cancelled", "closed", "duplicate"));
    }

    @ParameterizedTest
    @EnumSource(ClosureReason.class)
    void everyClosureFromEveryOpenStateIsACodeOfTheR4ValueSets(ClosureReason reason) {
        List<List<ReferralStatus>> paths = List.of(List.of(SUBMITTED, CLOSED), List.of(SUBMITTED, IN_TRIAGE, CLOSED),
                List.of(SUBMITTED, IN_TRIAGE, MORE_INFORMATION_REQUESTED, CLOSED),
                List.of(SUBMITTED, IN_TRIAGE, ACCEPTED_WAITING, CLOSED),
                List.of(SUBMITTED, IN_TRIAGE, ACCEPTED_WAITING, IN_PROGRESS, CLOSED));
        for (List<ReferralStatus> path : paths) {
            FhirMapping.Statuses statuses = FhirMapping.of(FhirMapping.Progress.of(CLOSED, path, reason));
            assertThat(REQUEST_STATUS).as(path + " " + reason).contains(statuses.serviceRequest());
            assertThat(TASK_STATUS).as(path + " " + reason).contains(statuses.task());
            if (path.contains(IN_PROGRESS)) {
                assertThat(statuses.task()).as("no Task leaves in-progress for cancelled").isNotEqualTo("cancelled");
            }
        }
    }

    @Test
    void priorityIsRoutineUrgentOrAsap() {
        assertThat(FhirMapping.priority(Priority.ROUTINE)).isEqualTo("routine");
        assertThat(FhirMapping.priority(Priority.PRIORITY)).isEqualTo("urgent");
        assertThat(FhirMapping.priority(Priority.URGENT)).isEqualTo("asap");
        assertThat(FhirMapping.priority(null)).isNull();
    }
}
