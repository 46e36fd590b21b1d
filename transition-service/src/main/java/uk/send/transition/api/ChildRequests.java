package uk.send.transition.api;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import uk.send.identifiers.England;
import uk.send.identifiers.NotAfterToday;
import uk.send.identifiers.ValidNhsNumber;
import uk.send.identifiers.ValidSchoolUrn;
import uk.send.identifiers.ValidUpn;
import uk.send.identifiers.ValidYearGroup;
import uk.send.transition.Child;
import uk.send.transition.Setting;
import uk.send.transition.TransitionPlan;
import uk.send.transition.calendar.SchoolCalendar;
import uk.send.transition.calendar.Transition;
import uk.send.transition.calendar.TransitionCalendar;

/** Bodies of the children endpoints. */
public final class ChildRequests {

    private ChildRequests() {
    }

    public record Register(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull @NotAfterToday LocalDate dateOfBirth,
            @ValidNhsNumber String nhsNumber,
            @ValidUpn String upn,
            @ValidYearGroup Integer yearGroup,
            @NotNull Setting setting,
            @ValidSchoolUrn String schoolUrn,
            Boolean separateJuniorSchool,
            @NotNull Boolean ehcPlan,
            @NotAfterToday LocalDate ehcPlanIssuedOn,
            @NotAfterToday LocalDate ehcPlanLastReviewed,
            @NotNull Boolean socialCareInvolved) {

        /**
         * An EHC plan may be kept to the end of the academic year in which the young person turns 25 (Children and
         * Families Act 2014, section 46): anyone up to that day can be registered.
         */
        @JsonIgnore
        @AssertTrue(message = "must be of someone whose EHC plan could still be kept: to the end of the academic year "
                + "in which they turn 25")
        public boolean isDateOfBirthWithinPlanAge() {
            return dateOfBirth == null || !TransitionCalendar.planEnds(SchoolCalendar.forChild(dateOfBirth))
                    .isBefore(England.today());
        }

        Child toChild(LocalDate today) {
            Child child = new Child();
            child.givenName = givenName;
            child.familyName = familyName;
            child.dateOfBirth = dateOfBirth;
            child.nhsNumber = nhsNumber;
            child.upn = upn;
            if (yearGroup != null) {
                child.actualYearGroup = yearGroup;
                child.yearGroupRecordedOn = today;
            }
            child.setting = setting;
            child.schoolUrn = schoolUrn;
            child.separateJuniorSchool = Boolean.TRUE.equals(separateJuniorSchool);
            child.ehcPlan = ehcPlan;
            child.ehcPlanIssuedOn = ehcPlanIssuedOn;
            child.ehcPlanLastReviewed = ehcPlanLastReviewed;
            child.socialCareInvolved = socialCareInvolved;
            return child;
        }
    }

    /** A school or setting of the area. */
    public record School(
            @NotNull @ValidSchoolUrn String urn,
            @NotBlank @Size(max = 200) String name) {
    }

    /**
     * What to record of a transition's plan; absent items are left as they are. The review and amended-plan dates
     * belong to a phase transfer of a child with an EHC plan.
     */
    public record PlanUpdate(
            @NotAfterToday LocalDate reviewHeldOn,
            @NotAfterToday LocalDate amendedPlanIssuedOn,
            Boolean healthAdvice,
            Boolean socialCareAdvice,
            Boolean adulthoodOutcomes,
            @Size(max = 200) String receivingSetting,
            Boolean viewsRecorded) {

        void applyTo(TransitionPlan plan, Child child, Transition move) {
            if ((reviewHeldOn != null || amendedPlanIssuedOn != null) && !move.statutory()) {
                throw new TransitionProblems.NoStatutoryReview(move.type());
            }
            if (reviewHeldOn != null) {
                plan.reviewHeldOn = reviewHeldOn;
            }
            if (amendedPlanIssuedOn != null) {
                plan.amendedPlanIssuedOn = amendedPlanIssuedOn;
            }
            if (healthAdvice != null) {
                plan.healthAdvice = healthAdvice;
            }
            if (socialCareAdvice != null) {
                plan.socialCareAdvice = socialCareAdvice;
            }
            if (adulthoodOutcomes != null) {
                plan.adulthoodOutcomes = adulthoodOutcomes;
            }
            if (receivingSetting != null) {
                plan.receivingSetting = receivingSetting;
            }
            if (viewsRecorded != null) {
                plan.viewsRecorded = viewsRecorded;
            }
            plan.updatedAt = Instant.now();
        }
    }
}
