package uk.send.transition.ehc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.send.contracts.ehc.EhcLimit;
import uk.send.identifiers.ReadableReference;

/**
 * A child's EHC needs assessment, from the request to the final plan or the decision not to go on. Each step is
 * recorded once with its day, in the order the process allows ({@link AssessmentState}); the same step sent again
 * with the same day changes nothing, with another day it is refused.
 */
@Entity
@Table(name = "ehc_assessment")
public class Assessment extends PanacheEntityBase {

    public static final ReadableReference REFERENCES = ReadableReference.withPrefix("EHC");

    /** Who asked for the assessment (Children and Families Act 2014, s.36(1); Code of Practice 9.8 to 9.10). */
    public enum Requester {
        PARENT, YOUNG_PERSON, SCHOOL, OTHER
    }

    @Id
    public UUID id;

    public String reference;

    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "requested_on")
    public LocalDate requestedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by")
    public Requester requestedBy;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Enumerated(EnumType.STRING)
    public AssessmentState state;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "no_plan_on")
    public LocalDate noPlanOn;

    @Column(name = "draft_sent_on")
    public LocalDate draftSentOn;

    @Column(name = "final_issued_on")
    public LocalDate finalIssuedOn;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Assessment requested(UUID childId, LocalDate on, Requester by, String recordedBy) {
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.reference = REFERENCES.generate();
        assessment.childId = childId;
        assessment.requestedOn = on;
        assessment.requestedBy = by;
        assessment.recordedBy = recordedBy;
        assessment.state = AssessmentState.REQUESTED;
        assessment.createdAt = Instant.now();
        return assessment;
    }

    /** An assessment by its id or its reference as someone typed it; not found otherwise. */
    public static Assessment byIdOrReference(String idOrReference) {
        Optional<Assessment> found = REFERENCES.normalise(idOrReference)
                .flatMap(reference -> Assessment.<Assessment>find("reference", reference).firstResultOptional());
        if (found.isEmpty()) {
            try {
                found = Assessment.findByIdOptional(UUID.fromString(idOrReference));
            } catch (IllegalArgumentException notAnId) {
                found = Optional.empty();
            }
        }
        return found.orElseThrow(() -> new EhcRefusal.NotFound("assessment"));
    }

    public AssessmentClock clock() {
        return new AssessmentClock(requestedOn);
    }

    /**
     * The limits that apply to this assessment as it stands: the decision always; the 16 weeks for a notice of no
     * plan while assessing or once given; the 20 weeks for the final plan unless it ended without one.
     */
    public List<EhcLimit> limits() {
        List<EhcLimit> limits = new ArrayList<>(List.of(EhcLimit.DECISION_TO_ASSESS));
        if (state == AssessmentState.ASSESSING || state == AssessmentState.NO_PLAN) {
            limits.add(EhcLimit.NO_PLAN_NOTICE);
        }
        if (state != AssessmentState.NOT_ASSESSING && state != AssessmentState.NO_PLAN) {
            limits.add(EhcLimit.FINAL_PLAN);
        }
        return limits;
    }

    /** The day a limit was met, or null while it is not. */
    public LocalDate metOn(EhcLimit limit) {
        return switch (limit) {
            case DECISION_TO_ASSESS -> decidedOn;
            case NO_PLAN_NOTICE -> noPlanOn;
            case FINAL_PLAN -> finalIssuedOn;
            default -> null;
        };
    }

    /** The limits that apply and are not met yet. */
    public List<EhcLimit> pendingLimits() {
        return limits().stream().filter(limit -> metOn(limit) == null).toList();
    }

    /**
     * Corrects the day the request was received, before the decision: a school's request that reached the team by
     * another way first. False if it is that day already.
     */
    public boolean receivedOn(LocalDate on, LocalDate today) {
        if (on.equals(requestedOn)) {
            return false;
        }
        if (state != AssessmentState.REQUESTED) {
            throw new EhcRefusal.NotNow("The day the request was received can only be corrected before the "
                    + "decision whether to assess");
        }
        inOrder("requestedOn", on, null, null, today);
        requestedOn = on;
        return true;
    }

    /** Records the decision whether to assess; false if it was recorded already, the same. */
    public boolean decide(boolean assess, LocalDate on, LocalDate today) {
        AssessmentState to = assess ? AssessmentState.ASSESSING : AssessmentState.NOT_ASSESSING;
        if (decidedOn != null) {
            // Once assessing, the state moves on; the decision it started from is the same decision.
            if (decidedOn.equals(on) && assess == (state != AssessmentState.NOT_ASSESSING)) {
                return false;
            }
            throw new EhcRefusal.NotNow("The decision whether to assess was recorded already, on "
                    + InWords.date(decidedOn));
        }
        require(AssessmentState.Step.DECISION);
        inOrder("decidedOn", on, requestedOn, "the request", today);
        decidedOn = on;
        state = to;
        return true;
    }

    /** Records the notice that no plan will be issued; false if it was recorded already, the same day. */
    public boolean noPlan(LocalDate on, LocalDate today) {
        if (state == AssessmentState.NO_PLAN && on.equals(noPlanOn)) {
            return false;
        }
        require(AssessmentState.Step.NO_PLAN);
        inOrder("on", on, decidedOn, "the decision to assess", today);
        noPlanOn = on;
        state = AssessmentState.NO_PLAN;
        return true;
    }

    /** Records the draft plan sent to the family; false if it was recorded already, the same day. */
    public boolean draftSent(LocalDate on, LocalDate today) {
        if (on.equals(draftSentOn) && state != AssessmentState.ASSESSING) {
            return false;
        }
        require(AssessmentState.Step.DRAFT);
        inOrder("sentOn", on, decidedOn, "the decision to assess", today);
        draftSentOn = on;
        state = AssessmentState.DRAFT_SENT;
        return true;
    }

    /** Records the final plan issued; false if it was recorded already, the same day. */
    public boolean finalIssued(LocalDate on, LocalDate today) {
        if (state == AssessmentState.FINAL_ISSUED && on.equals(finalIssuedOn)) {
            return false;
        }
        require(AssessmentState.Step.FINAL_PLAN);
        inOrder("issuedOn", on, draftSentOn, "the draft plan", today);
        finalIssuedOn = on;
        state = AssessmentState.FINAL_ISSUED;
        return true;
    }

    /** Whether advice may be asked now, on that day. */
    public void mayAskAdvice(LocalDate on, LocalDate today) {
        require(AssessmentState.Step.ADVICE_REQUEST);
        inOrder("requestedOn", on, decidedOn, "the decision to assess", today);
    }

    private void require(AssessmentState.Step step) {
        if (!state.allows(step)) {
            throw new EhcRefusal.NotNow("The assessment is " + state.inWords() + ": "
                    + step.name().toLowerCase().replace('_', ' ') + " cannot be recorded now");
        }
    }

    /** A step's day: not before the step it follows, not after today. */
    static void inOrder(String field, LocalDate on, LocalDate notBefore, String previous, LocalDate today) {
        if (on.isAfter(today)) {
            throw new EhcRefusal.DateOutOfOrder(field, "must not be in the future");
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw new EhcRefusal.DateOutOfOrder(field, "must not be before " + previous + " (" + InWords.date(notBefore) + ")");
        }
    }
}
