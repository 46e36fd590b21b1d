package uk.send.transition.ehc;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import uk.send.problems.Problem;
import uk.send.transition.Child;

/** Annual reviews of EHC plans: what is due or overdue, and each review's meeting, decision and amended plan. */
@Path("/api/ehc")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CallerIdentity.CASEWORKER)
public class AnnualReviewsResource {

    private final AnnualReviews reviews;
    private final CallerIdentity caller;
    private final AccessRecords accessRecords;

    AnnualReviewsResource(AnnualReviews reviews, CallerIdentity caller, AccessRecords accessRecords) {
        this.reviews = reviews;
        this.caller = caller;
        this.accessRecords = accessRecords;
    }

    @GET
    @Path("/reviews")
    @Transactional
    @Operation(summary = "Reviews to act on: every review overdue, due within the window (ISO period, default P3M), "
            + "awaiting its decision or its amended plan, late ones first")
    public Response toActOn(@QueryParam("within") @DefaultValue("P3M") String within) {
        Period window;
        try {
            window = Period.parse(within);
        } catch (RuntimeException e) {
            return Problem.badRequest(List.of(new Problem.Violation("within",
                    "must be an ISO 8601 period such as P3M"))).toResponse();
        }
        LocalDate today = England.today();
        List<EhcViews.ReviewView> views = new ArrayList<>();
        for (Child child : Child.<Child>list("ehcPlan = true")) {
            Optional<ReviewClock.Due> due = AnnualReviews.due(child);
            if (due.isPresent() && !due.get().by().isAfter(today.plus(window))) {
                views.add(EhcViews.ReviewView.due(child, due.get(), today));
            }
        }
        for (AnnualReview review : AnnualReview.<AnnualReview>list(
                "decision IS NULL OR (decision = ?1 AND amendedPlanIssuedOn IS NULL)", AnnualReview.Decision.AMEND)) {
            views.add(EhcViews.ReviewView.held(Child.findById(review.childId), review, today));
        }
        views.sort(Comparator.comparing((EhcViews.ReviewView v) -> !v.state().endsWith("LATE")
                && !v.state().equals("OVERDUE")).thenComparing(EhcViews.ReviewView::dueOn));
        accessRecords.childrenShown(views.stream().map(EhcViews.ReviewView::childId).distinct().toList(),
                "annual reviews to act on");
        return Response.ok(views).build();
    }

    @POST
    @Path("/children/{id}/reviews")
    @Transactional
    @Operation(summary = "Record a review meeting held: the decision is then due within 4 weeks",
            description = "Before a phase transfer it is the transfer's statutory review too.")
    public Response held(@PathParam("id") UUID childId, @NotNull @Valid EhcRequests.ReviewHeld request) {
        Child child = Child.<Child>findByIdOptional(childId).orElseThrow(() -> new EhcRefusal.NotFound("child"));
        long before = AnnualReview.count("childId", childId);
        AnnualReview review = reviews.held(child, request.heldOn(), caller.username());
        accessRecords.childrenShown(List.of(child.id), "annual review recorded");
        EhcViews.ReviewView view = EhcViews.ReviewView.held(child, review, England.today());
        return AnnualReview.count("childId", childId) > before
                ? Response.created(URI.create("/api/ehc/reviews/" + review.id)).entity(view).build()
                : Response.ok(view).build();
    }

    @PUT
    @Path("/children/{id}/review-interval")
    @Transactional
    @Operation(summary = "For a child under 5: review the plan every 3 to 6 months (null: every 6)")
    public Response interval(@PathParam("id") UUID childId, @NotNull @Valid EhcRequests.ReviewInterval request) {
        Child child = Child.<Child>findByIdOptional(childId).orElseThrow(() -> new EhcRefusal.NotFound("child"));
        child.reviewIntervalMonths = request.underFiveMonths();
        accessRecords.childrenShown(List.of(child.id), "review interval set");
        return Response.noContent().build();
    }

    @POST
    @Path("/reviews/{id}/decision")
    @Transactional
    @Operation(summary = "Record the decision after a review: MAINTAIN, AMEND or CEASE (within 4 weeks)")
    public EhcViews.ReviewView decide(@PathParam("id") UUID id, @NotNull @Valid EhcRequests.ReviewDecision request) {
        AnnualReview review = reviewOf(id);
        reviews.decide(review, request.decision(), request.decidedOn());
        return changed(review, "annual review decision recorded");
    }

    @POST
    @Path("/reviews/{id}/amended-plan")
    @Transactional
    @Operation(summary = "Record the amended plan issued (within 8 weeks of the decision to amend)")
    public EhcViews.ReviewView amended(@PathParam("id") UUID id, @NotNull @Valid EhcRequests.AmendedPlan request) {
        AnnualReview review = reviewOf(id);
        reviews.amendedPlanIssued(review, request.issuedOn());
        return changed(review, "amended plan recorded");
    }

    private EhcViews.ReviewView changed(AnnualReview review, String what) {
        Child child = Child.findById(review.childId);
        accessRecords.childrenShown(List.of(child.id), what);
        return EhcViews.ReviewView.held(child, review, England.today());
    }

    private static AnnualReview reviewOf(UUID id) {
        return AnnualReview.<AnnualReview>findByIdOptional(id).orElseThrow(() -> new EhcRefusal.NotFound("review"));
    }
}
