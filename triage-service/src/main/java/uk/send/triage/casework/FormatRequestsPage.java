package uk.send.triage.casework;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import uk.send.identifiers.England;

/**
 * The case work team's list of notices a person must make reachable: a Braille, easy read or audio copy, an
 * interpreter, or a translation into a language the platform does not write in. Each shows the notice's words to
 * work from, and a button to mark it done; until then the closure audit does not count that family as told.
 */
@Path("/portal/formats")
@RolesAllowed("caseworker")
public class FormatRequestsPage {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    /** A request as the page shows it. */
    @TemplateData
    public record Request(String id, String need, String to, String reference, String subject,
            List<List<String>> paragraphs, String asked) {
    }

    private final NotificationService notifications;
    private final Template page;

    FormatRequestsPage(NotificationService notifications, @Location("portal/formats.html") Template page) {
        this.notifications = notifications;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance requests(@QueryParam("done") String done, @QueryParam("problem") String problem) {
        List<Request> open = open();
        return page.data("requests", open)
                .data("unanswered", open == null)
                .data("done", "yes".equals(done))
                .data("problem", "done-already".equals(problem) ? "That request was already marked as done."
                        : "unanswered".equals(problem) ? NotificationService.UNANSWERED : null);
    }

    @POST
    @Path("/{id}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response done(@PathParam("id") UUID id) {
        OptionalInt answer = notifications.post("/api/format-requests/" + id + "/done");
        String query = answer.isEmpty() ? "problem=unanswered"
                : answer.getAsInt() == 200 ? "done=yes" : "problem=done-already";
        return Response.seeOther(URI.create("/portal/formats?" + query)).build();
    }

    /** A notice's words as paragraphs of lines, as it was written. */
    private static List<List<String>> paragraphs(String body) {
        return Arrays.stream(body.strip().split("\n\s*\n")).map(paragraph -> List.of(paragraph.split("\n")))
                .toList();
    }

    /** The open requests, oldest first; null when notification-service did not answer. */
    private List<Request> open() {
        Optional<JsonNode> answer = notifications.json("/api/format-requests?status=OPEN");
        if (answer.isEmpty()) {
            return null;
        }
        List<Request> requests = new ArrayList<>();
        for (JsonNode request : answer.get()) {
            String need = request.path("needInWords").asText();
            requests.add(new Request(request.path("id").asText(),
                    "TRANSLATION".equals(request.path("need").asText())
                            ? need + " in " + request.path("languageName").asText() : need,
                    request.path("recipientName").asText() + ("SCHOOL".equals(request.path("recipientType").asText())
                            ? " (the school)" : " (the family)"),
                    request.path("referralReference").asText(""), request.path("subject").asText(),
                    paragraphs(request.path("body").asText()),
                    WRITTEN.format(Instant.parse(request.path("createdAt").asText()).atZone(England.ZONE))));
        }
        return requests;
    }
}
