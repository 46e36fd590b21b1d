package uk.send.transition.ehc;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.access.AccessRecords;
import uk.send.access.CallerIdentity;
import uk.send.identifiers.England;
import uk.send.transition.Child;
import uk.send.transition.TransitionConfig;
import uk.send.transition.children.ChildRecords;

/**
 * EHC needs assessments: requested by a SENCO for a child of their school, or recorded by a case worker; each step
 * after that recorded by the case worker, on the 20-week clock.
 */
@Path("/api/ehc")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CallerIdentity.CASEWORKER)
public class AssessmentsResource {

    private final Assessments assessments;
    private final ChildRecords records;
    private final CallerIdentity caller;
    private final AccessRecords accessRecords;
    private final TransitionConfig config;

    AssessmentsResource(Assessments assessments, ChildRecords records, CallerIdentity caller,
            AccessRecords accessRecords, TransitionConfig config) {
        this.config = config;
        this.assessments = assessments;
        this.records = records;
        this.caller = caller;
        this.accessRecords = accessRecords;
    }

    @POST
    @Path("/assessment-requests")
    @RolesAllowed({CallerIdentity.SENCO, CallerIdentity.CASEWORKER})
    @Transactional
    @Operation(summary = "Request an EHC needs assessment",
            description = "A SENCO names a child of their school (received today); a case worker records a request "
                    + "received on a day for a known child. A second request while one is open returns it (200).")
    public Response request(@NotNull @Valid EhcRequests.AssessmentRequest request) {
        Child child;
        LocalDate on;
        Assessment.Requester by;
        if (caller.is(CallerIdentity.CASEWORKER)) {
            if (request.childId() == null) {
                throw new EhcRefusal.Invalid("childId", "must name the child the request is for");
            }
            if (request.requestedOn() == null) {
                throw new EhcRefusal.Invalid("requestedOn", "must be the day the request was received");
            }
            if (request.requestedBy() == null) {
                throw new EhcRefusal.Invalid("requestedBy", "must say who asked: PARENT, YOUNG_PERSON, SCHOOL or OTHER");
            }
            child = Child.<Child>findByIdOptional(request.childId())
                    .orElseThrow(() -> new EhcRefusal.NotFound("child"));
            on = request.requestedOn();
            by = request.requestedBy();
        } else {
            if (request.child() == null) {
                throw new EhcRefusal.Invalid("child", "must name the child: names, date of birth, and NHS number or UPN");
            }
            if (request.child().nhsNumber() == null && request.child().upn() == null) {
                throw new EhcRefusal.Invalid("child.nhsNumber", "an NHS number or a UPN is needed to find the child");
            }
            if (request.childId() != null || request.requestedOn() != null || request.requestedBy() != null) {
                throw new EhcRefusal.Invalid(request.childId() != null ? "childId"
                        : request.requestedOn() != null ? "requestedOn" : "requestedBy",
                        "is recorded by the case work team: a school's request names the child and is received today");
            }
            String school = caller.claim("school_urn").orElseThrow(EhcRefusal.NotYourSchool::new);
            EhcRequests.RequestedChild named = request.child();
            child = records.namedBySchool(named.givenName(), named.familyName(), named.dateOfBirth(),
                    named.nhsNumber(), named.upn(), school);
            if (!school.equals(child.schoolUrn) || !named.dateOfBirth().equals(child.dateOfBirth)) {
                throw new EhcRefusal.NotYourSchool();
            }
            on = England.today();
            by = Assessment.Requester.SCHOOL;
        }
        Assessments.Requested requested = assessments.request(child, on, by, caller.username());
        accessRecords.childrenShown(List.of(child.id), "EHC needs assessment requested");
        EhcViews.AssessmentView view = view(requested.assessment(), child);
        return requested.started()
                ? Response.created(URI.create("/api/ehc/assessments/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Path("/assessments")
    @Transactional
    @Operation(summary = "Open assessments, the one whose next limit falls soonest first")
    public List<EhcViews.AssessmentView> open() {
        List<EhcViews.AssessmentView> open = Assessment.<Assessment>list("state IN ?1",
                List.of(AssessmentState.REQUESTED, AssessmentState.ASSESSING, AssessmentState.DRAFT_SENT)).stream()
                .map(a -> view(a, Child.findById(a.childId)))
                .sorted(Comparator.comparing(AssessmentsResource::nextLimit)).toList();
        accessRecords.childrenShown(open.stream().map(EhcViews.AssessmentView::childId).distinct().toList(),
                "open EHC needs assessments");
        return open;
    }

    @GET
    @Path("/figures")
    @RolesAllowed({CallerIdentity.CASEWORKER, CallerIdentity.LEADER})
    @Transactional
    @Operation(summary = "The EHC plan process's figures for a range of days (default: the last 12 months)",
            description = "Plans issued within 20 weeks (all, and excluding exceptions, with the national figure), "
                    + "decisions within 6 weeks, health advice within 6 weeks by service, reviews held on time, "
                    + "amended plans on time, and the backlog at each month's end.")
    public Response figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = England.today();
        LocalDate end;
        LocalDate start;
        try {
            end = to == null || to.isBlank() ? today : LocalDate.parse(to);
        } catch (DateTimeParseException e) {
            throw new EhcRefusal.Invalid("to", "must be a date such as 2026-11-30");
        }
        try {
            start = from == null || from.isBlank() ? end.minusYears(1).plusDays(1) : LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw new EhcRefusal.Invalid("from", "must be a date such as 2025-12-01");
        }
        if (start.isAfter(end)) {
            throw new EhcRefusal.Invalid("from", "must not be after to");
        }
        TransitionConfig.Ehc ehc = config.ehc();
        return Response.ok(EhcFigures.of(start, end, today, new EhcFigures.National(
                ehc.nationalWithinTwentyWeeksPercent(), ehc.nationalPeriod(), ehc.nationalSource()))).build();
    }

    @GET
    @Path("/assessments/{id}")
    @RolesAllowed({CallerIdentity.SENCO, CallerIdentity.CASEWORKER})
    @Transactional
    @Operation(summary = "An assessment: its steps, each limit with its date and whether it was met, and its advice",
            description = "By id or reference (EHC-4KQ7-9TXK). A SENCO sees the assessments of their school's "
                    + "children, without the case work team's notes.")
    public EhcViews.AssessmentView assessment(@PathParam("id") String id) {
        Assessment assessment = assessmentOf(id);
        Child child = Child.findById(assessment.childId);
        boolean school = !caller.is(CallerIdentity.CASEWORKER);
        if (school && caller.claim("school_urn").filter(urn -> urn.equals(child.schoolUrn)).isEmpty()) {
            throw new EhcRefusal.NotFound("assessment");
        }
        accessRecords.childrenShown(List.of(child.id), "EHC needs assessment");
        return EhcViews.of(assessment, child, England.today(), school);
    }

    @PATCH
    @Path("/assessments/{id}")
    @Transactional
    @Operation(summary = "Correct the day the request was received, before the decision",
            description = "For a school's request that reached the team earlier by another way: the limits follow "
                    + "from the day it was received, and the family and school are told them again.")
    public EhcViews.AssessmentView received(@PathParam("id") String id, @NotNull @Valid EhcRequests.Received request) {
        Assessment assessment = assessmentOf(id);
        assessments.receivedOn(assessment, request.requestedOn());
        return changed(assessment, "EHC request date corrected");
    }

    @POST
    @Path("/assessments/{id}/decision")
    @Transactional
    @Operation(summary = "Record the decision whether to assess (within 6 weeks of the request)")
    public EhcViews.AssessmentView decide(@PathParam("id") String id, @NotNull @Valid EhcRequests.Decision request) {
        Assessment assessment = assessmentOf(id);
        assessments.decide(assessment, request.assess(), request.decidedOn());
        return changed(assessment, "EHC assessment decision recorded");
    }

    @POST
    @Path("/assessments/{id}/advice-requests")
    @Transactional
    @Operation(summary = "Ask for advice: of the school, a clinical service (health), educational psychology or "
            + "social care; due in 6 weeks")
    public EhcViews.AssessmentView askAdvice(@PathParam("id") String id,
            @NotNull @Valid EhcRequests.AdviceAsked request) {
        Assessment assessment = assessmentOf(id);
        assessments.askAdvice(assessment, request.kind(), request.service(), request.requestedOn());
        return changed(assessment, "EHC advice requested");
    }

    @POST
    @Path("/assessments/{id}/no-plan")
    @Transactional
    @Operation(summary = "Record the notice that no plan will be issued (within 16 weeks of the request)")
    public EhcViews.AssessmentView noPlan(@PathParam("id") String id, @NotNull @Valid EhcRequests.NoPlan request) {
        Assessment assessment = assessmentOf(id);
        assessments.noPlan(assessment, request.noticeSentOn());
        return changed(assessment, "EHC no-plan notice recorded");
    }

    @POST
    @Path("/assessments/{id}/draft")
    @Transactional
    @Operation(summary = "Record the draft plan sent: the family has 15 days to comment and name a school")
    public EhcViews.AssessmentView draft(@PathParam("id") String id, @NotNull @Valid EhcRequests.Draft request) {
        Assessment assessment = assessmentOf(id);
        assessments.draftSent(assessment, request.sentOn());
        return changed(assessment, "EHC draft plan recorded");
    }

    @POST
    @Path("/assessments/{id}/final-plan")
    @Transactional
    @Operation(summary = "Record the final plan issued (within 20 weeks of the request)")
    public EhcViews.AssessmentView finalPlan(@PathParam("id") String id,
            @NotNull @Valid EhcRequests.FinalPlan request) {
        Assessment assessment = assessmentOf(id);
        assessments.finalIssued(assessment, request.issuedOn());
        return changed(assessment, "EHC final plan recorded");
    }

    @POST
    @Path("/assessments/{id}/exceptions")
    @Transactional
    @Operation(summary = "Record an exception to a limit, with a reason the regulations allow for it",
            description = "SCHOOL_CLOSED needs closedFrom and reopensOn, and advice asked of the school from one week "
                    + "before the closure to one week before it re-opened (regs. 5(4), 10(4), 13(3)).")
    public EhcViews.AssessmentView except(@PathParam("id") String id,
            @NotNull @Valid EhcRequests.LimitException request) {
        Assessment assessment = assessmentOf(id);
        SchoolClosure closure = request.closedFrom() == null && request.reopensOn() == null ? null
                : new SchoolClosure(request.closedFrom(), request.reopensOn());
        assessments.except(assessment, request.limit(), request.reason(), request.note(), closure,
                caller.username());
        return changed(assessment, "EHC exception recorded");
    }

    @POST
    @Path("/advice-requests/{id}/returned")
    @Transactional
    @Operation(summary = "Record advice returned: school, educational psychology or social care advice",
            description = "Health advice is returned by its clinical service in the portal.")
    public EhcViews.AssessmentView adviceReturned(@PathParam("id") UUID id,
            @NotNull @Valid EhcRequests.AdviceReturned request) {
        AdviceRequest advice = adviceOf(id);
        Assessment assessment = Assessment.findById(advice.assessmentId);
        assessments.adviceReturned(advice, request.returnedOn());
        return changed(assessment, "EHC advice returned");
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

    private EhcViews.AssessmentView changed(Assessment assessment, String what) {
        Child child = Child.findById(assessment.childId);
        accessRecords.childrenShown(List.of(child.id), what);
        return view(assessment, child);
    }

    private static EhcViews.AssessmentView view(Assessment assessment, Child child) {
        return EhcViews.of(assessment, child, England.today(), false);
    }

    private static LocalDate nextLimit(EhcViews.AssessmentView view) {
        return view.limits().stream().filter(l -> l.metOn() == null).map(EhcViews.Limit::dueOn)
                .min(Comparator.naturalOrder()).orElse(LocalDate.MAX);
    }

    /** An assessment by its id or its reference. */
    static Assessment assessmentOf(String idOrReference) {
        Optional<Assessment> found = Assessment.REFERENCES.normalise(idOrReference)
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

    private static AdviceRequest adviceOf(UUID id) {
        return AdviceRequest.<AdviceRequest>findByIdOptional(id).orElseThrow(() -> new EhcRefusal.NotFound(
                "advice request"));
    }
}
