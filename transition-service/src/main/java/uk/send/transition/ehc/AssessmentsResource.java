package uk.send.transition.ehc;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
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
 * EHC needs assessments: requested by a SENCO for a child of their school, or recorded by a case worker; the open
 * ones, one by its id or reference, and the figures for the board. Each step after the request is recorded through
 * {@link AssessmentStepsResource}.
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
            if (!request.child().withinPlanAge()) {
                throw new EhcRefusal.Invalid("child.dateOfBirth", "must be of someone for whom an EHC plan could "
                        + "still be made: to the end of the school year in which they turn 25");
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
        Assessment assessment = Assessment.byIdOrReference(id);
        Child child = Child.findById(assessment.childId);
        boolean school = !caller.is(CallerIdentity.CASEWORKER);
        if (school && caller.claim("school_urn").filter(urn -> urn.equals(child.schoolUrn)).isEmpty()) {
            throw new EhcRefusal.NotFound("assessment");
        }
        accessRecords.childrenShown(List.of(child.id), "EHC needs assessment");
        return EhcViews.of(assessment, child, England.today(), school);
    }

    private static EhcViews.AssessmentView view(Assessment assessment, Child child) {
        return EhcViews.of(assessment, child, England.today(), false);
    }

    private static LocalDate nextLimit(EhcViews.AssessmentView view) {
        return view.limits().stream().filter(l -> l.metOn() == null).map(EhcViews.Limit::dueOn)
                .min(Comparator.naturalOrder()).orElse(LocalDate.MAX);
    }
}
