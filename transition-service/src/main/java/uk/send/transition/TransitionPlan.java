package uk.send.transition;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.send.contracts.TransitionType;
import uk.send.transition.calendar.Transition;
import uk.send.transition.calendar.TransitionCalendar;
import uk.send.transition.calendar.TransitionStatus;

/**
 * What a transition needs, item by item, and the statutory review before it. What is required depends on the child
 * and the move: the reviewed and amended EHC plan before a phase transfer where there is a plan, social care advice
 * where social care is involved, preparation-for-adulthood outcomes for a move from Year 9 on.
 */
@Entity
@Table(name = "transition_plan")
@IdClass(TransitionPlan.Key.class)
public class TransitionPlan extends PanacheEntityBase {

    public record Key(UUID childId, TransitionType transition) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "child_id")
    public UUID childId;

    @Id
    @Enumerated(EnumType.STRING)
    public TransitionType transition;

    @Column(name = "review_held_on")
    public LocalDate reviewHeldOn;

    @Column(name = "amended_plan_issued_on")
    public LocalDate amendedPlanIssuedOn;

    @Column(name = "health_advice")
    public boolean healthAdvice;

    @Column(name = "social_care_advice")
    public boolean socialCareAdvice;

    @Column(name = "adulthood_outcomes")
    public boolean adulthoodOutcomes;

    @Column(name = "receiving_setting")
    public String receivingSetting;

    @Column(name = "views_recorded")
    public boolean viewsRecorded;

    /** The day every item was first in place; null while one is missing. */
    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static TransitionPlan empty(UUID childId, TransitionType transition) {
        TransitionPlan plan = new TransitionPlan();
        plan.childId = childId;
        plan.transition = transition;
        plan.updatedAt = Instant.now();
        return plan;
    }

    /** The checklist items still missing for this child's move, by name; empty when the plan is complete. */
    public List<String> missingFor(Child child, Transition move) {
        List<String> missing = new ArrayList<>();
        if (move.statutory() && amendedPlanIssuedOn == null) {
            missing.add("EHC_PLAN_REVIEWED");
        }
        if (!healthAdvice) {
            missing.add("HEALTH_ADVICE");
        }
        if (child.socialCareInvolved && !socialCareAdvice) {
            missing.add("SOCIAL_CARE_ADVICE");
        }
        if (TransitionCalendar.preparingForAdulthood(child.calendar()).partOfReviewOn(move.on())
                && !adulthoodOutcomes) {
            missing.add("PREPARATION_FOR_ADULTHOOD_OUTCOMES");
        }
        if (receivingSetting == null || receivingSetting.isBlank()) {
            missing.add("RECEIVING_SETTING_NAMED");
        }
        if (!viewsRecorded) {
            missing.add("CHILD_AND_FAMILY_VIEWS");
        }
        return missing;
    }

    /** Notes the day the checklist became complete, or forgets it when an item is missing again. */
    public void recordCompleteness(Child child, Transition move, LocalDate today) {
        boolean complete = missingFor(child, move).isEmpty();
        if (complete && completedOn == null) {
            completedOn = today;
        } else if (!complete) {
            completedOn = null;
        }
    }

    public TransitionStatus.Progress progress(Child child, Transition move) {
        return new TransitionStatus.Progress(reviewHeldOn, amendedPlanIssuedOn, missingFor(child, move).isEmpty());
    }

    /** Whether every item was in place by the day the child moved. */
    public boolean completeBy(LocalDate move) {
        return completedOn != null && !completedOn.isAfter(move);
    }
}
