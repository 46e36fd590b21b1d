package uk.send.transition.ehc;

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
import uk.send.contracts.TransitionType;

/**
 * A review of a child's EHC plan: the meeting, the local authority's decision within 4 weeks, and for an amendment
 * the amended plan within 8 weeks ({@link ReviewClock}). Finished when the plan is maintained or ceased, or the
 * amended plan is issued.
 */
@Entity
@Table(name = "ehc_annual_review")
public class AnnualReview extends PanacheEntityBase {

    /** What the local authority decides after the meeting (reg. 20(10); Code of Practice 9.176). */
    public enum Decision {
        MAINTAIN, AMEND, CEASE
    }

    /** Where the review stands on a day. */
    public enum State {
        AWAITING_DECISION, DECISION_LATE, AWAITING_AMENDED_PLAN, AMENDED_PLAN_LATE, FINISHED
    }

    @Id
    public UUID id;

    @Column(name = "child_id")
    public UUID childId;

    /** The latest day it was due. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "held_on")
    public LocalDate heldOn;

    /** The phase transfer this review was the review of, if it was. */
    @Enumerated(EnumType.STRING)
    @Column(name = "phase_transfer")
    public TransitionType phaseTransfer;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "amended_plan_issued_on")
    public LocalDate amendedPlanIssuedOn;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean heldOnTime() {
        return !heldOn.isAfter(dueOn);
    }

    public LocalDate decisionDue() {
        return ReviewClock.decisionDue(heldOn);
    }

    public LocalDate amendedPlanDue() {
        return decidedOn == null ? null : ReviewClock.amendedPlanDue(decidedOn);
    }

    public State state(LocalDate today) {
        if (decision == null) {
            return today.isAfter(decisionDue()) ? State.DECISION_LATE : State.AWAITING_DECISION;
        }
        if (decision == Decision.AMEND && amendedPlanIssuedOn == null) {
            return today.isAfter(amendedPlanDue()) ? State.AMENDED_PLAN_LATE : State.AWAITING_AMENDED_PLAN;
        }
        return State.FINISHED;
    }

    /** Records the decision; false if it was recorded already, the same. */
    public boolean decide(Decision decided, LocalDate on, LocalDate today) {
        if (decision != null) {
            if (decision == decided && decidedOn.equals(on)) {
                return false;
            }
            throw new EhcRefusal.NotNow("The decision after this review was recorded already, on "
                    + InWords.date(decidedOn));
        }
        Assessment.inOrder("decidedOn", on, heldOn, "the review meeting", today);
        decision = decided;
        decidedOn = on;
        return true;
    }

    /** Records the amended plan issued; false if it was recorded already, the same day. */
    public boolean amendedPlanIssued(LocalDate on, LocalDate today) {
        if (decision != Decision.AMEND) {
            throw new EhcRefusal.NotNow(decision == null
                    ? "No decision is recorded after this review yet: an amended plan follows a decision to amend"
                    : "The decision after this review was to " + decision.name().toLowerCase() + ", not to amend");
        }
        if (amendedPlanIssuedOn != null) {
            if (amendedPlanIssuedOn.equals(on)) {
                return false;
            }
            throw new EhcRefusal.NotNow("The amended plan was recorded already, on "
                    + InWords.date(amendedPlanIssuedOn));
        }
        Assessment.inOrder("issuedOn", on, decidedOn, "the decision to amend", today);
        amendedPlanIssuedOn = on;
        return true;
    }
}
