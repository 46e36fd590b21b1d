package uk.send.notification.formats;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.access.AccessRecords;
import uk.send.access.CallerIdentity;

/**
 * The case work team's list of notices a person must make reachable (Braille, easy read, audio, an interpreter, a
 * translation), with each notice's words, until each is marked done.
 */
@Path("/api/format-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("caseworker")
public class FormatRequestsResource {

    private final FormatRequests requests;
    private final AccessRecords accessRecords;
    private final CallerIdentity caller;

    FormatRequestsResource(FormatRequests requests, AccessRecords accessRecords, CallerIdentity caller) {
        this.requests = requests;
        this.accessRecords = accessRecords;
        this.caller = caller;
    }

    @GET
    @Transactional
    @Operation(summary = "Requests OPEN (the default) or DONE, oldest first, each with the notice's words")
    public List<FormatRequests.Request> list(
            @QueryParam("status") @DefaultValue("OPEN") @Pattern(regexp = "OPEN|DONE",
                    message = "must be OPEN or DONE") String status,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        List<FormatRequests.Request> found = requests.list(status, limit);
        List<UUID> referrals = found.stream().map(FormatRequests.Request::referralId)
                .filter(Objects::nonNull).distinct().toList();
        if (!referrals.isEmpty()) {
            accessRecords.referralsShown(referrals, "format requests");
        }
        return found;
    }

    @POST
    @Path("/{id}/done")
    @Transactional
    @Operation(summary = "Marks a request done: the copy was sent, or the interpreter went through it with them. "
            + "409 if it was done already")
    public FormatRequests.Request done(@PathParam("id") UUID id) {
        FormatRequests.Request done = requests.done(id, caller.username());
        if (done.referralId() != null) {
            accessRecords.referralChanged(done.referralId(), "format request done");
        }
        return done;
    }
}
