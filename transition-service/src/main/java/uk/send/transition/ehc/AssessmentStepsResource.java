package uk.send.transition.ehc;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.access.AccessRecords;
import uk.send.access.CallerIdentity;
import uk.send.identifiers.England;
import uk.send.transition.Child;

/**
 * The case worker's record of an assessment's steps, each answered with the assessment as it now stands: the day
 * the request was received, the decision, advice asked and returned, a draft, the final plan or no plan, and the
 * exceptions the regulations allow. An assessment is named by its id or its reference.
 */
@Path("/api/ehc")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CallerIdentity.CASEWORKER)
public class AssessmentStepsResource {

    private final Assessments assessments;
    private final CallerIdentity caller;
    private final AccessRecords accessRecords;

    AssessmentStepsResource(Assessments assessments, CallerIdentity caller, AccessRecords accessRecords) {
        this.assessments = assessments;
        this.caller = caller;
        this.accessRecords = accessRecords;
    }

    @PATCH
    @Path("/assessments/{id}")
    @Transactional
    @Operation(summary = "Correct the day the request was received, before the decision",
            description = "For a school's request that reached the team earlier by another way: the limits follow "
                    + "from the day it was received, and the family and school are told them again.")
    public EhcViews.AssessmentView received(@PathParam("id") String id, @NotNull @Valid EhcRequests.Received request) {
        return step(id, "EHC request date corrected", a -> assessments.receivedOn(a, request.requestedOn()));
    }

    @POST
    @Path("/assessments/{id}/decision")
    @Transactional
    @Operation(summary = "Record the decision whether to assess (within 6 weeks of the request)")
    public EhcViews.AssessmentView decide(@PathParam("id") String id, @NotNull @Valid EhcRequests.Decision request) {
        return step(id, "EHC assessment decision recorded",
                a -> assessments.decide(a, request.assess(), request.decidedOn()));
    }

    @POST
    @Path("/assessments/{id}/advice-requests")
    @Transactional
    @Operation(summary = "Ask for advice: of the school, a clinical service (health), educational psychology or "
            + "social care; due in 6 weeks")
    public EhcViews.AssessmentView askAdvice(@PathParam("id") String id,
            @NotNull @Valid EhcRequests.AdviceAsked request) {
        return step(id, "EHC advice requested",
                a -> assessments.askAdvice(a, request.kind(), request.service(), request.requestedOn()));
    }

    @POST
    @Path("/assessments/{id}/no-plan")
    @Transactional
    @Operation(summary = "Record the notice that no plan will be issued (within 16 weeks of the request)")
    public EhcViews.AssessmentView noPlan(@PathParam("id") String id, @NotNull @Valid EhcRequests.NoPlan request) {
        return step(id, "EHC no-plan notice recorded", a -> assessments.noPlan(a, request.noticeSentOn()));
    }

    @POST
    @Path("/assessments/{id}/draft")
    @Transactional
    @Operation(summary = "Record the draft plan sent: the family has 15 days to comment and name a school")
    public EhcViews.AssessmentView draft(@PathParam("id") String id, @NotNull @Valid EhcRequests.Draft request) {
        return step(id, "EHC draft plan recorded", a -> assessments.draftSent(a, request.sentOn()));
    }

    @POST
    @Path("/assessments/{id}/final-plan")
    @Transactional
    @Operation(summary = "Record the final plan issued (within 20 weeks of the request)")
    public EhcViews.AssessmentView finalPlan(@PathParam("id") String id,
            @NotNull @Valid EhcRequests.FinalPlan request) {
        return step(id, "EHC final plan recorded", a -> assessments.finalIssued(a, request.issuedOn()));
    }

    @POST
    @Path("/assessments/{id}/exceptions")
    @Transactional
    @Operation(summary = "Record an exception to a limit, with a reason the regulations allow for it",
            description = "SCHOOL_CLOSED needs closedFrom and reopensOn, and advice asked of the school from one week "
                    + "before the closure to one week before it re-opened (regs. 5(4), 10(4), 13(3)).")
    public EhcViews.AssessmentView except(@PathParam("id") String id,
            @NotNull @Valid EhcRequests.LimitException request) {
        SchoolClosure closure = request.closedFrom() == null && request.reopensOn() == null ? null
                : new SchoolClosure(request.closedFrom(), request.reopensOn());
        return step(id, "EHC exception recorded", a -> assessments.except(a, request.limit(), request.reason(),
                request.note(), closure, caller.username()));
    }

    @POST
    @Path("/advice-requests/{id}/returned")
    @Transactional
    @Operation(summary = "Record advice returned: school, educational psychology or social care advice",
            description = "Health advice is returned by its clinical service in the portal.")
    public EhcViews.AssessmentView adviceReturned(@PathParam("id") UUID id,
            @NotNull @Valid EhcRequests.AdviceReturned request) {
        AdviceRequest advice = adviceOf(id);
        assessments.adviceReturned(advice, request.returnedOn());
        return changed(Assessment.findById(advice.assessmentId), "EHC advice returned");
    }

    @POST
    @Path("/advice-requests/{id}/exception")
    @Transactional
    @Operation(summary = "Record an exception to an advice request's 6 weeks (reg. 8(2))")
    public EhcViews.AssessmentView adviceException(@PathParam("id") UUID id,
            @NotNull @Valid EhcRequests.AdviceException request) {
        AdviceRequest advice = adviceOf(id);
        assessments.exceptAdvice(advice, request.reason(), request.note());
        return changed(Assessment.findById(advice.assessmentId), "EHC advice exception recorded");
    }

    /** Records one step of an assessment and answers with the assessment, the read audited as {@code what}. */
    private EhcViews.AssessmentView step(String id, String what, Consumer<Assessment> step) {
        Assessment assessment = Assessment.byIdOrReference(id);
        step.accept(assessment);
        return changed(assessment, what);
    }

    private EhcViews.AssessmentView changed(Assessment assessment, String what) {
        Child child = Child.findById(assessment.childId);
        accessRecords.childrenShown(List.of(child.id), what);
        return EhcViews.of(assessment, child, England.today(), false);
    }

    private static AdviceRequest adviceOf(UUID id) {
        return AdviceRequest.<AdviceRequest>findByIdOptional(id).orElseThrow(() -> new EhcRefusal.NotFound(
                "advice request"));
    }
}
