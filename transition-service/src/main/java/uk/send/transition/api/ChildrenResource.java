package uk.send.transition.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
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

import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.send.access.AccessRecords;
import uk.send.access.CallerIdentity;
import uk.send.contracts.TransitionType;
import uk.send.identifiers.England;
import uk.send.problems.Problem;
import uk.send.transition.Child;
import uk.send.transition.TransitionPlan;
import uk.send.transition.TransitionTimeline;
import uk.send.transition.calendar.Transition;
import uk.send.transition.calendar.TransitionCalendar;
import uk.send.transition.children.ChildRecords;
import uk.send.transition.children.KnownSchools;

/** Children known to the partnership, their transition timelines and plans. For SEND case workers. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("caseworker")
public class ChildrenResource {

    private final TransitionTimeline timeline;
    private final AccessRecords accessRecords;
    private final ChildRecords records;
    private final KnownSchools schools;
    private final CallerIdentity caller;

    ChildrenResource(TransitionTimeline timeline, AccessRecords accessRecords, ChildRecords records,
            KnownSchools schools, CallerIdentity caller) {
        this.timeline = timeline;
        this.accessRecords = accessRecords;
        this.records = records;
        this.schools = schools;
        this.caller = caller;
    }

    @POST
    @Path("/children")
    @Transactional
    @Operation(summary = "Register a child for transition planning")
    public Response register(@NotNull @Valid ChildRequests.Register request) {
        if (ChildRecords.matching(request.nhsNumber(), request.upn()).isPresent()) {
            throw new TransitionProblems.ChildAlreadyKnown();
        }
        Child child = records.register(request.toChild(England.today()));
        accessRecords.childrenShown(List.of(child.id), "child registered");
        return Response.created(URI.create("/api/children/" + child.id)).entity(timeline(child)).build();
    }

    @PATCH
    @Path("/children/{id}")
    @Transactional
    @Operation(summary = "Correct a child's record: setting, school, year group, school tiers, post-16 move, EHC plan, "
            + "social care; detailsConfirmed: true confirms a record learned from a referral",
            description = "Only the fields sent change. Each change is audited and the timeline recomputed.")
    public ChildViews.Timeline correct(@PathParam("id") UUID id, @NotNull ObjectNode body) {
        Child child = child(id);
        records.correct(child, body, caller.username());
        accessRecords.childrenShown(List.of(child.id), "child record corrected");
        return timeline(child);
    }

    @GET
    @Path("/children")
    @Transactional
    @Operation(summary = "Children learned from a referral whose details a case worker has still to confirm",
            description = "detailsToConfirm=true is the only list offered: the case worker's work queue.")
    public Response toConfirm(@QueryParam("detailsToConfirm") @DefaultValue("true") boolean detailsToConfirm) {
        if (!detailsToConfirm) {
            return Problem.badRequest(List.of(new Problem.Violation("detailsToConfirm",
                    "must be true: children are found by their timeline, not listed"))).toResponse();
        }
        List<ChildViews.ToConfirm> children = Child.<Child>list("detailsConfirmed = false order by createdAt")
                .stream().map(ChildViews.ToConfirm::of).toList();
        accessRecords.childrenShown(children.stream().map(ChildViews.ToConfirm::childId).toList(),
                "details to confirm");
        return Response.ok(children).build();
    }

    @POST
    @Path("/schools")
    @Transactional
    @Operation(summary = "Add a school or setting of the area, so that children's records can name it")
    public Response addSchool(@NotNull @Valid ChildRequests.School request) {
        boolean added = schools.add(request.urn(), request.name());
        return Response.status(added ? 201 : 200).entity(request).build();
    }

    @GET
    @Path("/children/{id}/transitions")
    @Transactional
    @Operation(summary = "A child's transitions with dates, statutory review dates, deadlines and state")
    public ChildViews.Timeline transitions(@PathParam("id") UUID id) {
        Child child = child(id);
        accessRecords.childrenShown(List.of(child.id), "transitions");
        return timeline(child);
    }

    @GET
    @Path("/transitions/upcoming")
    @Transactional
    @Operation(summary = "Every child with a transition, review or deadline within the window (ISO period, e.g. P6M),"
            + " and every transition at risk or overdue, with the child's setting")
    public Response upcoming(@QueryParam("within") @DefaultValue("P6M") String within) {
        Period window;
        try {
            window = Period.parse(within);
        } catch (RuntimeException e) {
            return Problem.badRequest(List.of(new Problem.Violation("within",
                    "must be an ISO 8601 period such as P6M"))).toResponse();
        }
        LocalDate today = England.today();
        LocalDate until = today.plus(window);
        List<ChildViews.Upcoming> upcoming = timeline.ofEveryChild(today).stream()
                .flatMap(child -> child.entries().stream().filter(entry -> entry.upcoming(today, until))
                        .map(entry -> ChildViews.Upcoming.of(child.child(), entry, entry.nextDate(today))))
                .sorted(Comparator.comparing(ChildViews.Upcoming::nextDate))
                .toList();
        accessRecords.childrenShown(upcoming.stream().map(ChildViews.Upcoming::childId).distinct().toList(),
                "upcoming transitions");
        return Response.ok(upcoming).build();
    }

    @GET
    @Path("/transitions/figures")
    @RolesAllowed({"caseworker", "leader"})
    @Transactional
    @Operation(summary = "Per setting (alternative provision included): transitions due, at risk and overdue now, "
            + "and moves in the last twelve months made with incomplete information")
    public List<ChildViews.SettingFigures> figures() {
        LocalDate today = England.today();
        return TransitionFigures.of(timeline.ofEveryChild(today), today);
    }

    @GET
    @Path("/children/{id}/transitions/{transition}/plan")
    @Transactional
    @Operation(summary = "A transition's plan: the statutory review, what is in place and what is missing")
    public ChildViews.Plan plan(@PathParam("id") UUID id, @PathParam("transition") TransitionType transition) {
        Child child = child(id);
        accessRecords.childrenShown(List.of(child.id), "transition plan");
        return ChildViews.Plan.of(child, move(child, transition), TransitionTimeline.plan(id, transition));
    }

    @PATCH
    @Path("/children/{id}/transitions/{transition}/plan")
    @Transactional
    @Operation(summary = "Record the review, the amended plan and checklist items of a transition's plan")
    public ChildViews.Plan updatePlan(@PathParam("id") UUID id,
            @PathParam("transition") TransitionType transition, @NotNull @Valid ChildRequests.PlanUpdate request) {
        Child child = child(id);
        Transition move = move(child, transition);
        TransitionPlan plan = records.updatePlan(child, move, request::applyTo);
        accessRecords.childrenShown(List.of(child.id), "transition plan updated");
        return ChildViews.Plan.of(child, move, plan);
    }

    private ChildViews.Timeline timeline(Child child) {
        LocalDate today = England.today();
        LocalDate nextReview = child.ehcPlan && child.ehcPlanLastReviewed != null
                ? TransitionCalendar.nextAnnualReview(child.calendar(), child.ehcPlanLastReviewed) : null;
        return ChildViews.Timeline.of(child, today, nextReview, timeline.of(child, today));
    }

    private static Transition move(Child child, TransitionType type) {
        return child.transitions().stream().filter(t -> t.type() == type).findFirst()
                .orElseThrow(() -> new TransitionProblems.NoSuchTransition(type));
    }

    private static Child child(UUID id) {
        Child child = Child.findById(id);
        if (child == null) {
            throw new TransitionProblems.ChildNotFound();
        }
        return child;
    }
}
