package uk.send.transition.ehc;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.RecipientType;
import uk.send.contracts.ehc.EhcDeadlineApproaching;
import uk.send.contracts.ehc.EhcLimit;
import uk.send.contracts.ehc.EhcReviewDue;
import uk.send.outbox.Outbox;
import uk.send.transition.Child;
import uk.send.transition.TransitionConfig;

/**
 * The EHC plan process's reminders, raised by the daily scan: to the case worker a set number of days before each
 * limit of an assessment, an advice request or a review that is not yet met (never on or after the day: a reminder
 * after a limit is no reminder), and to the school, the family and the case worker weeks before an annual review is
 * due. A review before a phase transfer is reminded of by the transition's own reminders.
 */
@ApplicationScoped
public class EhcReminders {

    private static final List<RecipientType> EVERYONE = List.of(RecipientType.SCHOOL, RecipientType.FAMILY,
            RecipientType.CASEWORKER);

    private final Outbox outbox;
    private final TransitionConfig.Ehc config;

    EhcReminders(Outbox outbox, TransitionConfig config) {
        this.outbox = outbox;
        this.config = config.ehc();
    }

    /** Raises what is due for a child today, each once ({@code firstTime} records the key); returns how many. */
    public int raise(Child child, List<UUID> referralIds, LocalDate today, Predicate<String> firstTime) {
        int raised = 0;
        for (Assessment assessment : Assessment.<Assessment>list("childId", child.id)) {
            if (!assessment.state.open()) {
                continue;
            }
            for (EhcLimit limit : assessment.pendingLimits()) {
                LocalDate due = assessment.clock().due(limit);
                if (ClockException.findById(new ClockException.Key(assessment.id, limit)) == null
                        && ahead(due, today) && firstTime.test("ehc:" + assessment.id + ":" + limit)) {
                    remind(child, assessment, limit, due, null);
                    raised++;
                }
            }
            for (AdviceRequest advice : AdviceRequest.<AdviceRequest>list("assessmentId", assessment.id)) {
                if (advice.returnedOn == null && advice.exceptionReason == null && ahead(advice.dueOn, today)
                        && firstTime.test("ehc-advice:" + advice.id)) {
                    remind(child, assessment, EhcLimit.ADVICE, advice.dueOn, advice.service);
                    raised++;
                }
            }
        }
        Optional<ReviewClock.Due> review = AnnualReviews.due(child);
        if (review.isPresent() && review.get().phaseTransfer() == null
                && !today.isBefore(review.get().by().minusWeeks(config.reviewNoticeWeeks()))
                && today.isBefore(review.get().by())
                && firstTime.test("review:" + review.get().by())) {
            outbox.add(child.id.toString(), new EhcReviewDue(child.id, review.get().by(), child.schoolUrn,
                    referralIds, EVERYONE));
            raised++;
        }
        for (AnnualReview held : AnnualReview.<AnnualReview>list("childId", child.id)) {
            if (held.decision == null && ahead(held.decisionDue(), today)
                    && firstTime.test("review-decision:" + held.id)) {
                remind(child, null, EhcLimit.REVIEW_DECISION, held.decisionDue(), null);
                raised++;
            } else if (held.state(today) == AnnualReview.State.AWAITING_AMENDED_PLAN
                    && ahead(held.amendedPlanDue(), today) && firstTime.test("review-amended:" + held.id)) {
                remind(child, null, EhcLimit.AMENDED_PLAN, held.amendedPlanDue(), null);
                raised++;
            }
        }
        return raised;
    }

    /** Within the reminder's days before the limit, and the limit still ahead. */
    private boolean ahead(LocalDate due, LocalDate today) {
        return !today.isBefore(due.minusDays(config.reminderDays())) && today.isBefore(due);
    }

    private void remind(Child child, Assessment assessment, EhcLimit limit, LocalDate due, ClinicalService service) {
        outbox.add(child.id.toString(), new EhcDeadlineApproaching(child.id,
                assessment == null ? null : assessment.id, assessment == null ? null : assessment.reference, limit,
                due, service));
    }
}
