package uk.send.outbox.deadletter;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * For the people who run the platform (role {@code operator}): the dead letters of this service's topic, and
 * publishing chosen ones again after the cause is mended. Shows no event's contents, so no personal data.
 */
@Path("/api/dead-letters")
@RolesAllowed("operator")
public class DeadLettersResource {

    private final DeadLetterOffice office;
    private final SecurityIdentity caller;

    DeadLettersResource(DeadLetterOffice office, SecurityIdentity caller) {
        this.office = office;
        this.caller = caller;
    }

    /** @param waiting only those not yet published again */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<SetAside> list(@QueryParam("waiting") boolean waiting) {
        return office.list().stream().filter(letter -> !waiting || letter.replayedAt() == null).toList();
    }

    /** The same, as a table for a terminal: the operator's command shows this. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String table(@QueryParam("waiting") boolean waiting) {
        List<SetAside> letters = list(waiting);
        if (letters.isEmpty()) {
            return "No dead letters" + (waiting ? " waiting" : "") + ".\n";
        }
        return String.format("%-8s %-12s %-32s %-22s %-40s %s%n", "ID", "AGE", "EVENT", "SET ASIDE BY", "REASON",
                "PUBLISHED AGAIN") + letters.stream().map(letter -> String.format("%-8s %-12s %-32s %-22s %-40s %s",
                        letter.id(), letter.age(), letter.type(), letter.setAsideBy(), letter.reason(),
                        letter.replayedAt() == null ? "-" : letter.replayedAt() + " by " + letter.replayedBy()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** 202: the event is in the outbox, and the relay publishes it in a moment. */
    @POST
    @Path("/{id}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    public Response replay(@PathParam("id") String id) {
        return Response.accepted(office.replay(id, caller.getPrincipal().getName())).build();
    }
}
