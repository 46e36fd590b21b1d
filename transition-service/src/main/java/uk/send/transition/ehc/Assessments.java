package uk.send.transition.ehc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.RecipientType;
import uk.send.contracts.ehc.EhcAdviceRequested;
import uk.send.contracts.ehc.EhcAssessmentUpdated;
import uk.send.contracts.ehc.EhcLimit;
import uk.send.contracts.ehc.EhcStep;
import uk.send.identifiers.England;
import uk.send.outbox.Outbox;
import uk.send.transition.Child;
import uk.send.transition.ChildReferral;
import uk.send.transition.scan.TransitionScan;

/**
 * The steps of EHC needs assessments, each stored with its event in one transaction: the family and the school are
 * told of the request, the decision, a draft and the final plan or the decision not to go on; a clinical service is
 * given health advice to write. A step sent again with the same day changes nothing and publishes nothing.
 */
@ApplicationScoped
public class Assessments {

    private static final List<RecipientType> FAMILY_AND_SCHOOL = List.of(RecipientType.FAMILY, RecipientType.SCHOOL);
    private static final List<AssessmentState> OPEN = List.of(AssessmentState.REQUESTED, AssessmentState.ASSESSING,
            AssessmentState.DRAFT_SENT);

    private final Outbox outbox;
    private final TransitionScan scan;

    Assessments(Outbox outbox, TransitionScan scan) {
        this.outbox = outbox;
        this.scan = scan;
    }

    /** An assessment and whether this call started it (false: the child's open assessment, asked for again). */
    public record Requested(Assessment assessment, boolean started) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Requested request(Child child, LocalDate on, Assessment.Requester by, String recordedBy) {
        Optional<Assessment> open = Assessment.find("childId = ?1 AND state IN ?2", child.id, OPEN)
                .firstResultOptional();
        if (open.isPresent()) {
            return new Requested(open.get(), false);
        }
        Assessment.inOrder("requestedOn", on, null, null, England.today());
        Assessment assessment = Assessment.requested(child.id, on, by, recordedBy);
        assessment.persist();
        told(assessment, child, EhcStep.REQUESTED, on);
        return new Requested(assessment, true);
    }

    /** Corrects the day the request was received; the family and school are told the limits that follow from it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receivedOn(Assessment assessment, LocalDate on) {
        if (assessment.receivedOn(on, England.today())) {
            told(assessment, child(assessment), EhcStep.REQUESTED, on);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void decide(Assessment assessment, boolean assess, LocalDate on) {
        if (assessment.decide(assess, on, England.today())) {
            told(assessment, child(assessment), assess ? EhcStep.ASSESSING : EhcStep.NOT_ASSESSING, on);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noPlan(Assessment assessment, LocalDate on) {
        if (assessment.noPlan(on, England.today())) {
            told(assessment, child(assessment), EhcStep.NO_PLAN, on);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void draftSent(Assessment assessment, LocalDate on) {
        if (assessment.draftSent(on, England.today())) {
            told(assessment, child(assessment), EhcStep.DRAFT_SENT, on);
        }
    }

    /** The final plan: the child now has an EHC plan issued that day, and its reviews run from it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finalIssued(Assessment assessment, LocalDate on) {
        if (assessment.finalIssued(on, England.today())) {
            Child child = child(assessment);
            child.ehcPlan = true;
            child.ehcPlanIssuedOn = on;
            child.ehcPlanLastReviewed = null;
            told(assessment, child, EhcStep.FINAL_ISSUED, on);
        }
    }

    /**
     * Asks advice of the school, a clinical service, educational psychology or social care. Health advice names the
     * service, and reaches its clinicians as work in the portal; other advice names none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AdviceRequest askAdvice(Assessment assessment, AdviceKind kind, ClinicalService service, LocalDate on) {
        if (kind == AdviceKind.HEALTH && service == null) {
            throw new EhcRefusal.Invalid("service", "must name the clinical service asked for health advice");
        }
        if (kind != AdviceKind.HEALTH && service != null) {
            throw new EhcRefusal.Invalid("service", "is only for health advice: " + kind.inWords()
                    + " advice is recorded by the case worker");
        }
        if (service != null && service.forAdults()) {
            throw new EhcRefusal.Invalid("service", "must be a children's service");
        }
        Optional<AdviceRequest> asked = AdviceRequest.find("assessmentId = ?1 AND kind = ?2 AND service "
                + (service == null ? "IS NULL" : "= ?3"), service == null ? new Object[] {assessment.id, kind}
                        : new Object[] {assessment.id, kind, service}).firstResultOptional();
        if (asked.isPresent()) {
            if (asked.get().requestedOn.equals(on)) {
                return asked.get();
            }
            throw new EhcRefusal.NotNow("This advice was asked for already, on " + InWords.date(asked.get().requestedOn));
        }
        assessment.mayAskAdvice(on, England.today());
        AdviceRequest request = AdviceRequest.of(assessment, kind, service, on);
        request.persist();
        if (kind == AdviceKind.HEALTH) {
            Child child = child(assessment);
            EhcAdviceRequested.Child named = new EhcAdviceRequested.Child(child.givenName, child.familyName,
                    child.dateOfBirth, child.nhsNumber, child.schoolUrn);
            outbox.add(child.id.toString(), new EhcAdviceRequested(request.id, assessment.id, assessment.reference,
                    child.id, service, on, request.dueOn, named));
        }
        scan.scanChild(assessment.childId);
        return request;
    }

    /** School, educational psychology or social care advice returned, as the case worker records it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adviceReturned(AdviceRequest request, LocalDate on) {
        if (request.kind == AdviceKind.HEALTH) {
            throw new EhcRefusal.NotNow("Health advice is returned by its clinical service in the portal");
        }
        request.returned(on, null, England.today());
    }

    /**
     * Health advice returned by its service in the portal. The portal checked the day; one the request's own rules
     * would refuse (returned twice on different days) keeps the first, since the service's record is its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void healthAdviceReturned(AdviceRequest request, LocalDate on, boolean knownToService) {
        if (request.returnedOn == null) {
            request.returnedOn = on;
            request.knownToService = knownToService;
        }
    }

    /**
     * Records an exception to a limit with a reason the regulations allow for that limit. The school holiday needs
     * the closure's dates and advice asked of the school within it; an exception to an advice limit is recorded on
     * that advice request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClockException except(Assessment assessment, EhcLimit limit, ExceptionReason reason, String note,
            SchoolClosure closure, String by) {
        if (limit != EhcLimit.DECISION_TO_ASSESS && limit != EhcLimit.NO_PLAN_NOTICE
                && limit != EhcLimit.FINAL_PLAN) {
            throw new EhcRefusal.Invalid("limit", "must be DECISION_TO_ASSESS, NO_PLAN_NOTICE or FINAL_PLAN; an "
                    + "exception to an advice limit is recorded on that advice request");
        }
        if (!reason.excuses(limit)) {
            throw new EhcRefusal.Invalid("reason", "the regulations do not allow " + reason + " for " + limit);
        }
        if (reason == ExceptionReason.SCHOOL_CLOSED || reason == ExceptionReason.EARLY_YEARS_CLOSED) {
            schoolHolidayApplies(assessment, closure);
        }
        ClockException recorded = ClockException.findById(new ClockException.Key(assessment.id, limit));
        if (recorded != null) {
            if (recorded.reason == reason) {
                return recorded;
            }
            throw new EhcRefusal.NotNow("An exception to " + limit + " was recorded already: " + recorded.reason);
        }
        ClockException exception = new ClockException();
        exception.assessmentId = assessment.id;
        exception.limit = limit;
        exception.reason = reason;
        exception.note = note;
        exception.closedFrom = closure == null ? null : closure.closedFrom();
        exception.reopensOn = closure == null ? null : closure.reopensOn();
        exception.recordedBy = by;
        exception.recordedAt = Instant.now();
        exception.persist();
        return exception;
    }

    /** Records an exception to an advice request's 6 weeks (reg. 8(2)). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void exceptAdvice(AdviceRequest request, ExceptionReason reason, String note) {
        if (!reason.excuses(EhcLimit.ADVICE)) {
            throw new EhcRefusal.Invalid("reason", "the regulations do not allow " + reason + " for advice");
        }
        if (request.exceptionReason != null && request.exceptionReason != reason) {
            throw new EhcRefusal.NotNow("An exception was recorded already: " + request.exceptionReason);
        }
        request.exceptionReason = reason;
        request.exceptionNote = note;
    }

    private static void schoolHolidayApplies(Assessment assessment, SchoolClosure closure) {
        if (closure == null || closure.closedFrom() == null || closure.reopensOn() == null) {
            throw new EhcRefusal.Invalid("closedFrom", "the school's closure (closedFrom and reopensOn) is needed "
                    + "for this exception");
        }
        if (!closure.longEnough()) {
            throw new EhcRefusal.Invalid("reopensOn", "the school must have been closed for at least 4 weeks");
        }
        List<AdviceRequest> askedOfSchool = AdviceRequest.list("assessmentId = ?1 AND kind = ?2", assessment.id,
                AdviceKind.SCHOOL);
        if (askedOfSchool.stream().noneMatch(r -> closure.excusesAdviceAskedOn(r.requestedOn))) {
            throw new EhcRefusal.Invalid("closedFrom", "advice must have been asked of the school from one week "
                    + "before it closed to one week before it re-opened");
        }
    }

    private void told(Assessment assessment, Child child, EhcStep step, LocalDate on) {
        AssessmentClock clock = assessment.clock();
        List<UUID> referralIds = ChildReferral.<ChildReferral>list("childId", child.id).stream()
                .map(r -> r.referralId).toList();
        outbox.add(child.id.toString(), new EhcAssessmentUpdated(assessment.id, assessment.reference, child.id, step,
                on, clock.decisionDue(), clock.finalPlanDue(),
                step == EhcStep.DRAFT_SENT ? AssessmentClock.commentsBy(on) : null, child.schoolUrn, referralIds,
                FAMILY_AND_SCHOOL));
        // A step can bring a limit within its reminder's days (a request recorded late, say): raised now.
        scan.scanChild(child.id);
    }

    private static Child child(Assessment assessment) {
        return Child.findById(assessment.childId);
    }
}
