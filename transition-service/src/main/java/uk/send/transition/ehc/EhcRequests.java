package uk.send.transition.ehc;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.ehc.EhcLimit;
import uk.send.identifiers.England;
import uk.send.identifiers.NotAfterToday;
import uk.send.identifiers.ValidNhsNumber;
import uk.send.identifiers.ValidUpn;
import uk.send.transition.calendar.SchoolCalendar;
import uk.send.transition.calendar.TransitionCalendar;

/** Bodies of the EHC plan process's endpoints. Every date is a day in England, none in the future. */
public final class EhcRequests {

    private EhcRequests() {
    }

    /**
     * A request for an EHC needs assessment. A SENCO names the child as on a referral (the request is received
     * today); a case worker records a request received on a day, for a child known by {@code childId}.
     */
    public record AssessmentRequest(
            @Valid RequestedChild child,
            UUID childId,
            @NotAfterToday LocalDate requestedOn,
            Assessment.Requester requestedBy) {
    }

    /** The child, as a school knows them: at least one of the NHS number and the UPN. */
    public record RequestedChild(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull @NotAfterToday LocalDate dateOfBirth,
            @ValidNhsNumber String nhsNumber,
            @ValidUpn String upn) {

        /**
         * Whether an EHC plan could still be made for them: to the end of the academic year in which they turn 25
         * (Children and Families Act 2014, s.46).
         */
        boolean withinPlanAge() {
            return !TransitionCalendar.planEnds(SchoolCalendar.forChild(dateOfBirth)).isBefore(England.today());
        }
    }

    public record Received(@NotNull @NotAfterToday LocalDate requestedOn) {
    }

    public record Decision(@NotNull Boolean assess, @NotNull @NotAfterToday LocalDate decidedOn) {
    }

    public record AdviceAsked(@NotNull AdviceKind kind, ClinicalService service,
            @NotNull @NotAfterToday LocalDate requestedOn) {
    }

    public record AdviceReturned(@NotNull @NotAfterToday LocalDate returnedOn) {
    }

    public record NoPlan(@NotNull @NotAfterToday LocalDate noticeSentOn) {
    }

    public record Draft(@NotNull @NotAfterToday LocalDate sentOn) {
    }

    public record FinalPlan(@NotNull @NotAfterToday LocalDate issuedOn) {
    }

    /** An exception to a limit: the reason the regulations allow, what happened, and for a holiday its dates. */
    public record LimitException(
            @NotNull EhcLimit limit,
            @NotNull ExceptionReason reason,
            @NotBlank @Size(max = 500) String note,
            LocalDate closedFrom,
            LocalDate reopensOn) {
    }

    public record AdviceException(@NotNull ExceptionReason reason, @NotBlank @Size(max = 500) String note) {
    }

    public record ReviewHeld(@NotNull @NotAfterToday LocalDate heldOn) {
    }

    public record ReviewDecision(@NotNull AnnualReview.Decision decision,
            @NotNull @NotAfterToday LocalDate decidedOn) {
    }

    public record AmendedPlan(@NotNull @NotAfterToday LocalDate issuedOn) {
    }

    /** How often the plan of a child under 5 is reviewed (Code of Practice 9.178); null for the usual 6 months. */
    public record ReviewInterval(@Min(3) @Max(6) Integer underFiveMonths) {
    }
}
