package uk.send.transition.ehc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.send.identifiers.England;
import uk.send.transition.Child;
import uk.send.transition.TransitionPlan;
import uk.send.transition.calendar.Transition;
import uk.send.transition.scan.TransitionScan;

/**
 * Reviews of children's EHC plans as the case worker records them. A review held before a phase transfer is that
 * transfer's statutory review too: its meeting and amended plan are recorded on the transition's plan, once.
 */
@ApplicationScoped
public class AnnualReviews {

    private final TransitionScan scan;

    AnnualReviews(TransitionScan scan) {
        this.scan = scan;
    }

    /** The review due next for a child with a plan, or empty. */
    public static Optional<ReviewClock.Due> due(Child child) {
        if (!child.ehcPlan) {
            return Optional.empty();
        }
        LocalDate from = child.ehcPlanLastReviewed != null ? child.ehcPlanLastReviewed : child.ehcPlanIssuedOn;
        return ReviewClock.next(child.calendar(), from, child.reviewIntervalMonths, child.transitions());
    }

    /** Records the review meeting held; the same day sent again changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AnnualReview held(Child child, LocalDate heldOn, String by) {
        Optional<AnnualReview> recorded = AnnualReview.find("childId = ?1 AND heldOn = ?2", child.id, heldOn)
                .firstResultOptional();
        if (recorded.isPresent()) {
            return recorded.get();
        }
        ReviewClock.Due due = due(child).orElseThrow(() -> new EhcRefusal.NotNow(
                "The child has no EHC plan with an issue date: there is no review to hold"));
        LocalDate from = child.ehcPlanLastReviewed != null ? child.ehcPlanLastReviewed : child.ehcPlanIssuedOn;
        Assessment.inOrder("heldOn", heldOn, from.plusDays(1), "the day after the last review or the plan's issue",
                England.today());
        AnnualReview review = new AnnualReview();
        review.id = UUID.randomUUID();
        review.childId = child.id;
        review.dueOn = due.by();
        review.heldOn = heldOn;
        review.phaseTransfer = due.phaseTransfer();
        review.recordedBy = by;
        review.createdAt = Instant.now();
        review.persist();
        child.ehcPlanLastReviewed = heldOn;
        onTransferPlan(child, review, plan -> plan.reviewHeldOn = heldOn);
        scan.scanChild(child.id);
        return review;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void decide(AnnualReview review, AnnualReview.Decision decision, LocalDate on) {
        review.decide(decision, on, England.today());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void amendedPlanIssued(AnnualReview review, LocalDate on) {
        if (review.amendedPlanIssued(on, England.today())) {
            Child child = Child.findById(review.childId);
            onTransferPlan(child, review, plan -> plan.amendedPlanIssuedOn = on);
            scan.scanChild(child.id);
        }
    }

    /** Records a review on the phase transfer's plan it also stands for (made if it did not exist). */
    private static void onTransferPlan(Child child, AnnualReview review, Consumer<TransitionPlan> change) {
        if (review.phaseTransfer == null) {
            return;
        }
        TransitionPlan plan = TransitionPlan.findById(new TransitionPlan.Key(child.id, review.phaseTransfer));
        if (plan == null) {
            plan = TransitionPlan.empty(child.id, review.phaseTransfer);
            plan.persist();
        }
        change.accept(plan);
        for (Transition move : child.transitions()) {
            if (move.type() == review.phaseTransfer) {
                plan.recordCompleteness(child, move, England.today());
            }
        }
    }
}
