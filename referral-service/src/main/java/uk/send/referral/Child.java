package uk.send.referral;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The referred child as the school knows them. {@code yearGroup} is recorded only if taught out of cohort. */
@Embeddable
public record Child(
        @Column(name = "child_given_name") String givenName,
        @Column(name = "child_family_name") String familyName,
        @Column(name = "child_date_of_birth") LocalDate dateOfBirth,
        @Column(name = "child_nhs_number") String nhsNumber,
        @Column(name = "child_upn") String upn,
        @Column(name = "child_year_group") Integer yearGroup) {
}
