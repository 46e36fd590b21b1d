package uk.send.transition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.send.transition.calendar.SchoolCalendar;
import uk.send.transition.calendar.SchoolStructure;
import uk.send.transition.calendar.Transition;
import uk.send.transition.calendar.TransitionCalendar;

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

    /** In a three-tier area, the year groups a child starts middle and upper school in; null in two tiers. */
    @Column(name = "middle_school_from")
    public Integer middleSchoolFrom;

    @Column(name = "upper_school_from")
    public Integer upperSchoolFrom;

    /** A planned move from one post-16 institution to another. */
    @Column(name = "post_16_move_on")
    public LocalDate post16MoveOn;

    @Column(name = "ehc_plan")
    public boolean ehcPlan;

    @Column(name = "ehc_plan_issued_on")
    public LocalDate ehcPlanIssuedOn;

    @Column(name = "ehc_plan_last_reviewed")
    public LocalDate ehcPlanLastReviewed;

    /** For a child under 5, how often their plan is reviewed (3 to 6 months); null for the usual 6. */
    @Column(name = "review_interval_months")
    public Integer reviewIntervalMonths;

    @Column(name = "social_care_involved")
    public boolean socialCareInvolved;

    @Column(name = "created_at")
    public Instant createdAt;

    /** False for a child learned from a referral, whose setting and plan a case worker has still to confirm. */
    @Column(name = "details_confirmed")
    public boolean detailsConfirmed;

    public SchoolCalendar calendar() {
        return actualYearGroup == null ? SchoolCalendar.forChild(dateOfBirth)
                : SchoolCalendar.outOfCohort(dateOfBirth, actualYearGroup, yearGroupRecordedOn);
    }

    public SchoolStructure schools() {
        return new SchoolStructure(separateJuniorSchool, middleSchoolFrom, upperSchoolFrom);
    }

    /** The child's transitions, with the statutory review of each phase transfer where they have an EHC plan. */
    public List<Transition> transitions() {
        return TransitionCalendar.transitions(calendar(), schools(), post16MoveOn, ehcPlan);
    }

    public String name() {
        return givenName + " " + familyName;
    }
}
