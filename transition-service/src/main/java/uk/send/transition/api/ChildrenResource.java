package uk.send.transition.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

import uk.send.access.AccessRecords;
import uk.send.contracts.TransitionType;
import uk.send.problems.Problem;
import uk.send.transition.Child;
import uk.send.transition.TransitionPlan;
import uk.send.transition.TransitionTimeline;
import uk.send.transition.calendar.TransitionCalendar;
import uk.send.transition.scan.TransitionScan;

/** Children known to the partnership, their transition timelines and plans. For SEND case workers. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("caseworker")
public class ChildrenResource {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    /** A child's transitions, and when the EHC plan's next annual review is due. */
    public record Timeline(UUID childId, String name, LocalDate dateOfBirth, int yearGroupNow,
            LocalDate nextAnnualReview, List<TransitionTimeline.Entry> transitions) {
    }

    /** A transition or deadline in the window asked for. */
    public record Upcoming(UUID childId, String name, TransitionType transition, LocalDate on,
            LocalDate reviewDeadline, TransitionTimeline.State state) {
    }

    private final TransitionTimeline timeline;
    private final AccessRecords accessRecords;
    private final TransitionScan scan;

    ChildrenResource(TransitionTimeline timeline, AccessRecords accessRecords, TransitionScan scan) {
        this.timeline = timeline;
        this.scan = scan;
        this.accessRecords = accessRecords;
    }

    @POST
    @Path("/children")
    @Transactional
    @Operation(summary = "Register a child for transition planning")
    public Response register(@NotNull @Valid ChildRequests.Register request) {
        if ((request.nhsNumber() != null && Child.count("nhsNumber", request.nhsNumber()) > 0)
                || (request.upn() != null && Child.count("upn", request.upn()) > 0)) {
            throw new TransitionProblems.ChildAlreadyKnown();
        }
        Child child = new Child();
        child.id = UUID.randomUUID();
        child.givenName = request.givenName();
        child.familyName = request.familyName();
        child.dateOfBirth = request.dateOfBirth();
        child.nhsNumber = request.nhsNumber();
        child.upn = request.upn();
        if (request.yearGroup() != null) {
            child.actualYearGroup = request.yearGroup();
            child.yearGroupRecordedOn = LocalDate.now(ENGLAND);
        }
        child.setting = request.setting();
        child.schoolUrn = request.schoolUrn();
        child.separateJuniorSchool = Boolean.TRUE.equals(request.separateJuniorSchool());
        child.ehcPlan = request.ehcPlan();
        child.ehcPlanLastReviewed = request.ehcPlanLastReviewed();
        child.socialCareInvolved = request.socialCareInvolved();
        child.createdAt = Instant.now();
        child.persist();
        scan.scanNewChild(child.id);
        accessRecords.childrenShown(List.of(child.id), "child registered");
        return Response.created(URI.create("/api/children/" + child.id)).entity(timeline(child)).build();
    }

    @GET
    @Path("/children/{id}/transitions")
    @Transactional
    @Operation(summary = "A child's transitions with dates, deadlines and state")
    public Timeline transitions(@PathParam("id") UUID id) {
        Child child = child(id);
        accessRecords.childrenShown(List.of(child.id), "transitions");
        return timeline(child);
    }

    @GET
    @Path("/transitions/upcoming")
    @Transactional
    @Operation(summary = "Every child with a transition or deadline within the window (ISO period, e.g. P6M)")
    public Response upcoming(@QueryParam("within") @DefaultValue("P6M") String within) {
        Period window;
        try {
            window = Period.parse(within);
        } catch (RuntimeException e) {
            return Problem.badRequest(List.of(new Problem.Violation("within",
                    "must be an ISO 8601 period such as P6M"))).toResponse();
        }
        LocalDate today = LocalDate.now(ENGLAND);
        LocalDate until = today.plus(window);
        LocalDate oldestBorn = today.minusYears(25);
        List<Upcoming> upcoming = new ArrayList<>();
        for (Child child : Child.<Child>list("dateOfBirth > ?1", oldestBorn)) {
            for (TransitionTimeline.Entry entry : timeline.of(child, today)) {
                LocalDate soonest = entry.reviewDeadline() != null && !entry.reviewDeadline().isBefore(today)
                        ? entry.reviewDeadline() : entry.on();
                if (!soonest.isBefore(today) && !soonest.isAfter(until)) {
                    upcoming.add(new Upcoming(child.id, child.givenName + " " + child.familyName,
                            entry.transition(), entry.on(), entry.reviewDeadline(), entry.state()));
                }
            }
        }
        upcoming.sort(Comparator.comparing((Upcoming u) -> u.reviewDeadline() != null
                && !u.reviewDeadline().isBefore(today) ? u.reviewDeadline() : u.on()));
        accessRecords.childrenShown(upcoming.stream().map(Upcoming::childId).distinct().toList(),
                "upcoming transitions");
        return Response.ok(upcoming).build();
    }

    @GET
    @Path("/children/{id}/transitions/{transition}/plan")
    @Transactional
    @Operation(summary = "A transition's plan: what is in place and what is missing")
    public Map<String, Object> plan(@PathParam("id") UUID id, @PathParam("transition") TransitionType transition) {
        Child child = child(id);
        accessRecords.childrenShown(List.of(child.id), "transition plan");
        return planView(child, TransitionTimeline.plan(id, transition));
    }

    @PATCH
    @Path("/children/{id}/transitions/{transition}/plan")
    @Transactional
    @Operation(summary = "Record checklist items of a transition's plan")
    public Map<String, Object> updatePlan(@PathParam("id") UUID id,
            @PathParam("transition") TransitionType transition, @NotNull @Valid ChildRequests.PlanUpdate request) {
        Child child = child(id);
        TransitionPlan plan = TransitionPlan.findById(new TransitionPlan.Key(id, transition));
        if (plan == null) {
            plan = TransitionPlan.empty(id, transition);
            plan.persist();
        }
        if (request.ehcPlanReviewed() != null) {
            plan.ehcPlanReviewed = request.ehcPlanReviewed();
        }
        if (request.healthAdvice() != null) {
            plan.healthAdvice = request.healthAdvice();
        }
        if (request.socialCareAdvice() != null) {
            plan.socialCareAdvice = request.socialCareAdvice();
        }
        if (request.adulthoodOutcomes() != null) {
            plan.adulthoodOutcomes = request.adulthoodOutcomes();
        }
        if (request.receivingSetting() != null) {
            plan.receivingSetting = request.receivingSetting();
        }
        if (request.viewsRecorded() != null) {
            plan.viewsRecorded = request.viewsRecorded();
        }
        plan.updatedAt = Instant.now();
        accessRecords.childrenShown(List.of(child.id), "transition plan updated");
        return planView(child, plan);
    }

    private Timeline timeline(Child child) {
        LocalDate today = LocalDate.now(ENGLAND);
        LocalDate nextReview = child.ehcPlan && child.ehcPlanLastReviewed != null
                ? TransitionCalendar.nextAnnualReview(child.calendar(), child.ehcPlanLastReviewed) : null;
        return new Timeline(child.id, child.givenName + " " + child.familyName, child.dateOfBirth,
                child.calendar().yearGroupOn(today), nextReview, timeline.of(child, today));
    }

    private static Map<String, Object> planView(Child child, TransitionPlan plan) {
        return Map.of(
                "transition", plan.transition,
                "ehcPlanReviewed", plan.ehcPlanReviewed,
                "healthAdvice", plan.healthAdvice,
                "socialCareAdvice", plan.socialCareAdvice,
                "adulthoodOutcomes", plan.adulthoodOutcomes,
                "receivingSetting", plan.receivingSetting == null ? "" : plan.receivingSetting,
                "viewsRecorded", plan.viewsRecorded,
                "missingItems", plan.missingFor(child),
                "complete", plan.missingFor(child).isEmpty());
    }

    private static Child child(UUID id) {
        Child child = Child.findById(id);
        if (child == null) {
            throw new TransitionProblems.ChildNotFound();
        }
        return child;
    }
}
