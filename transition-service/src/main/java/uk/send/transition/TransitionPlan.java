package uk.send.transition;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

/**
 * The information a transition needs, item by item. What is required depends on the child: social care advice where
 * social care is involved, preparation-for-adulthood outcomes from Year 9, a reviewed EHC plan where there is one.
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

    private static final Set<TransitionType> FROM_YEAR_NINE = EnumSet.of(TransitionType.PREPARATION_FOR_ADULTHOOD,
            TransitionType.POST_16, TransitionType.ADULT_SERVICES, TransitionType.POST_19,
            TransitionType.EHC_PLAN_ENDS);

    @Id
    @Column(name = "child_id")
    public UUID childId;

    @Id
    @Enumerated(EnumType.STRING)
    public TransitionType transition;

    @Column(name = "ehc_plan_reviewed")
    public boolean ehcPlanReviewed;

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

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static TransitionPlan empty(UUID childId, TransitionType transition) {
        TransitionPlan plan = new TransitionPlan();
        plan.childId = childId;
        plan.transition = transition;
        plan.updatedAt = Instant.now();
        return plan;
    }

    /** The checklist items still missing for this child, by name; empty when the plan is complete. */
    public List<String> missingFor(Child child) {
        List<String> missing = new ArrayList<>();
        if (child.ehcPlan && !ehcPlanReviewed) {
            missing.add("EHC_PLAN_REVIEWED");
        }
        if (!healthAdvice) {
            missing.add("HEALTH_ADVICE");
        }
        if (child.socialCareInvolved && !socialCareAdvice) {
            missing.add("SOCIAL_CARE_ADVICE");
        }
        if (FROM_YEAR_NINE.contains(transition) && !adulthoodOutcomes) {
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
}
