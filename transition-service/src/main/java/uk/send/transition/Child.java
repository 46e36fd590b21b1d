package uk.send.transition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.send.transition.calendar.SchoolCalendar;

/** A child or young person known to the partnership, whose transitions are planned. */
@Entity
@Table(name = "child")
public class Child extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "nhs_number")
    public String nhsNumber;

    public String upn;

    /** Recorded only when the child is taught out of their age cohort. */
    @Column(name = "actual_year_group")
    public Integer actualYearGroup;

    @Column(name = "year_group_recorded_on")
    public LocalDate yearGroupRecordedOn;

    @Enumerated(EnumType.STRING)
    public Setting setting;

    @Column(name = "school_urn")
    public String schoolUrn;

    @Column(name = "separate_junior_school")
    public boolean separateJuniorSchool;

    @Column(name = "ehc_plan")
    public boolean ehcPlan;

    @Column(name = "ehc_plan_last_reviewed")
    public LocalDate ehcPlanLastReviewed;

    @Column(name = "social_care_involved")
    public boolean socialCareInvolved;

    @Column(name = "created_at")
    public Instant createdAt;

    public SchoolCalendar calendar() {
        return actualYearGroup == null ? SchoolCalendar.forChild(dateOfBirth)
                : SchoolCalendar.outOfCohort(dateOfBirth, actualYearGroup, yearGroupRecordedOn);
    }
}
