package uk.send.triage.scorecard;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.problems.Problem;

/** The scorecard's figures for case workers and leaders: as JSON, and as CSV for the improvement board's papers. */
@Path("/")
@RolesAllowed({"caseworker", "leader"})
public class ScorecardResource {

    private final ScorecardQuery query;
    private final TransitionFiguresSource transitionFigures;

    ScorecardResource(ScorecardQuery query, TransitionFiguresSource transitionFigures) {
        this.query = query;
        this.transitionFigures = transitionFigures;
    }

    @GET
    @Path("/api/scorecard")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Waiting, flow, closure notices, transitions and the EHC plan process for a date range "
            + "(default: 26 weeks)")
    public Scorecard json(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("service") String service) {
        return scorecard(from, to, service);
    }

    @GET
    @Path("/api/scorecard.csv")
    @Produces("text/csv")
    @Operation(summary = "The same figures as CSV, one figure a row")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("service") String service) {
        Scorecard scorecard = scorecard(from, to, service);
        return Response.ok(ScorecardCsv.write(scorecard))
                .header("Content-Disposition", "attachment; filename=\"scorecard-" + scorecard.from() + "-to-"
                        + scorecard.to() + ".csv\"")
                .build();
    }

    Scorecard scorecard(String from, String to, String service) {
        ScorecardRange range = ScorecardRange.parse(from, to, service, LocalDate.now(ScorecardQuery.COUNCIL));
        return query.of(range.from(), range.to(), range.service())
                .withTransitionsBySetting(transitionFigures.now())
                .withEhc(transitionFigures.ehc(range.from(), range.to()));
    }

}
