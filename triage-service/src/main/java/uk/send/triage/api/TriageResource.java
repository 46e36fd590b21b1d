package uk.send.triage.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.access.AccessRecords;
import uk.send.triage.TriageDecisions;
import uk.send.triage.TriageQueues;

/**
 * The clinician's queues and decisions as JSON. Every decision answers 202 once recorded: referral-service applies it
 * and the school and family are told from there.
 */
@Path("/api/triage")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("clinician")
public class TriageResource {

    private final Clinician clinician;
    private final TriageQueues queues;
    private final TriageDecisions decisions;

    private final AccessRecords accessRecords;

    TriageResource(Clinician clinician, TriageQueues queues, TriageDecisions decisions,
            AccessRecords accessRecords) {
        this.accessRecords = accessRecords;
        this.clinician = clinician;
        this.queues = queues;
        this.decisions = decisions;
    }

    @GET
    @Path("/queue")
    @Operation(summary = "The clinician's service: a page of the triage queue and of the waiting list, in order")
    public QueueView queue(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        QueueView view = queues.of(clinician.service(), page, size);
        accessRecords.referralsShown(view.referralIds(), "triage queue");
        return view;
    }

    @POST
    @Path("/referrals/{referralId}/accept")
    @Operation(summary = "Accept onto the waiting list with a priority")
    public Response accept(@PathParam("referralId") UUID id, @NotNull @Valid DecisionRequests.Accept request) {
        return made(id, request);
    }

    @POST
    @Path("/referrals/{referralId}/decline")
    @Operation(summary = "Decline, with a reason and where the family can get help instead")
    public Response decline(@PathParam("referralId") UUID id, @NotNull @Valid DecisionRequests.Decline request) {
        return made(id, request);
    }

    @POST
    @Path("/referrals/{referralId}/request-information")
    @Operation(summary = "Ask the school a question before deciding")
    public Response requestInformation(@PathParam("referralId") UUID id,
            @NotNull @Valid DecisionRequests.RequestInformation request) {
        return made(id, request);
    }

    @POST
    @Path("/referrals/{referralId}/resume")
    @Operation(summary = "Resume triage once the school's answer has arrived")
    public Response resume(@PathParam("referralId") UUID id) {
        return made(id, new DecisionRequests.Resume());
    }

    @POST
    @Path("/referrals/{referralId}/reprioritise")
    @Operation(summary = "Change a waiting child's priority, with the reason")
    public Response reprioritise(@PathParam("referralId") UUID id,
            @NotNull @Valid DecisionRequests.Reprioritise request) {
        return made(id, request);
    }

    @POST
    @Path("/referrals/{referralId}/start")
    @Operation(summary = "The assessment or intervention begins")
    public Response start(@PathParam("referralId") UUID id) {
        return made(id, new DecisionRequests.Start());
    }

    @POST
    @Path("/referrals/{referralId}/close")
    @Operation(summary = "Close with an outcome and a summary written for the family")
    public Response close(@PathParam("referralId") UUID id, @NotNull @Valid DecisionRequests.Close request) {
        return made(id, request);
    }

    private Response made(UUID id, DecisionRequests.Decision decision) {
        return Response.accepted(decision.makeOn(id, decisions, clinician.service(), clinician.username())).build();
    }
}
