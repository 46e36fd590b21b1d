package uk.send.transition.api;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import uk.send.identifiers.ValidNhsNumber;
import uk.send.identifiers.ValidUpn;
import uk.send.transition.Setting;

/** Bodies of the children endpoints. */
public final class ChildRequests {

    private ChildRequests() {
    }

    public record Register(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull @PastOrPresent LocalDate dateOfBirth,
            @ValidNhsNumber String nhsNumber,
            @ValidUpn String upn,
            @Min(-1) @Max(14) Integer yearGroup,
            @NotNull Setting setting,
            @Pattern(regexp = "\\d{6}", message = "must be a school URN of six digits") String schoolUrn,
            Boolean separateJuniorSchool,
            @NotNull Boolean ehcPlan,
            @PastOrPresent LocalDate ehcPlanLastReviewed,
            @NotNull Boolean socialCareInvolved) {

        @JsonIgnore
        @AssertTrue(message = "must be under 25 years ago: EHC plans end at 25")
        public boolean isDateOfBirthUnder25() {
            return dateOfBirth == null || dateOfBirth.isAfter(LocalDate.now().minusYears(25));
        }
    }

    /** The checklist items to record; absent ones are left as they are. */
    public record PlanUpdate(
            Boolean ehcPlanReviewed,
            Boolean healthAdvice,
            Boolean socialCareAdvice,
            Boolean adulthoodOutcomes,
            @Size(max = 200) String receivingSetting,
            Boolean viewsRecorded) {
    }
}
