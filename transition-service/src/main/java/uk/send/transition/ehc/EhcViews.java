package uk.send.transition.ehc;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.TransitionType;
import uk.send.contracts.ehc.EhcLimit;
import uk.send.transition.Child;

/** What the EHC endpoints answer: each date with whether it was met in time, in plain words where people read it. */
public final class EhcViews {

    private EhcViews() {
    }

    /** Where a limit stands: met in time, met late, still ahead, or passed. */
    public enum LimitStatus {
        MET_ON_TIME, MET_LATE, DUE, LATE;

        static LimitStatus of(LocalDate due, LocalDate met, LocalDate today) {
            if (met != null) {
                return met.isAfter(due) ? MET_LATE : MET_ON_TIME;
            }
            return today.isAfter(due) ? LATE : DUE;
        }
    }

    public record Limit(EhcLimit limit, LocalDate dueOn, LocalDate metOn, LimitStatus status, Exception exception) {
    }

    /** An exception as recorded; the note is the case work team's own, and not shown to a school. */
    public record Exception(ExceptionReason reason, String inWords, String note, LocalDate closedFrom,
            LocalDate reopensOn) {
    }

    public record Advice(UUID id, AdviceKind kind, ClinicalService service, LocalDate requestedOn, LocalDate dueOn,
            LocalDate returnedOn, Boolean knownToService, boolean late, ExceptionReason exception) {

        static Advice of(AdviceRequest request, LocalDate today) {
            return new Advice(request.id, request.kind, request.service, request.requestedOn, request.dueOn,
                    request.returnedOn, request.knownToService, request.late(today), request.exceptionReason);
        }
    }

    public record AssessmentView(UUID id, String reference, UUID childId, String childName, LocalDate requestedOn,
            Assessment.Requester requestedBy, AssessmentState state, String stateInWords, int week,
            LocalDate decidedOn, LocalDate noPlanOn, LocalDate draftSentOn, LocalDate commentsBy,
            LocalDate finalIssuedOn, List<Limit> limits, List<Advice> advice) {
    }

    /** The assessment as the case work team sees it; {@code forSchool} leaves out the team's own notes. */
    public static AssessmentView of(Assessment assessment, Child child, LocalDate today, boolean forSchool) {
        AssessmentClock clock = assessment.clock();
        List<Limit> limits = assessment.limits().stream().map(limit -> {
            ClockException recorded = ClockException.findById(new ClockException.Key(assessment.id, limit));
            Exception exception = recorded == null ? null : new Exception(recorded.reason, recorded.reason.inWords(),
                    forSchool ? null : recorded.note, recorded.closedFrom, recorded.reopensOn);
            LocalDate due = clock.due(limit);
            LocalDate met = assessment.metOn(limit);
            return new Limit(limit, due, met, LimitStatus.of(due, met, today), exception);
        }).toList();
        List<Advice> advice = AdviceRequest.<AdviceRequest>list("assessmentId = ?1 ORDER BY requestedOn, kind",
                assessment.id).stream().map(request -> Advice.of(request, today)).toList();
        LocalDate ended = assessment.state.open() ? today
                : firstNonNull(assessment.finalIssuedOn, assessment.noPlanOn, assessment.decidedOn);
        return new AssessmentView(assessment.id, assessment.reference, child.id, child.name(),
                assessment.requestedOn, assessment.requestedBy, assessment.state, assessment.state.inWords(),
                clock.weekOf(ended), assessment.decidedOn, assessment.noPlanOn, assessment.draftSentOn,
                assessment.draftSentOn == null ? null : AssessmentClock.commentsBy(assessment.draftSentOn),
                assessment.finalIssuedOn, limits, advice);
    }

    /** A child's next review, or one held and not finished: what the case work team must act on. */
    public record ReviewView(UUID childId, String childName, UUID reviewId, LocalDate dueOn,
            TransitionType phaseTransfer, LocalDate heldOn, boolean heldOnTime, AnnualReview.Decision decision,
            LocalDate decisionDue, LocalDate decidedOn, LocalDate amendedPlanDue, LocalDate amendedPlanIssuedOn,
            String state) {

        static ReviewView due(Child child, ReviewClock.Due due, LocalDate today) {
            return new ReviewView(child.id, child.name(), null, due.by(), due.phaseTransfer(), null, false, null,
                    null, null, null, null, today.isAfter(due.by()) ? "OVERDUE" : "DUE");
        }

        static ReviewView held(Child child, AnnualReview review, LocalDate today) {
            return new ReviewView(child.id, child.name(), review.id, review.dueOn, review.phaseTransfer,
                    review.heldOn, review.heldOnTime(), review.decision, review.decisionDue(), review.decidedOn,
                    review.amendedPlanDue(), review.amendedPlanIssuedOn, review.state(today).name());
        }
    }

    private static LocalDate firstNonNull(LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
