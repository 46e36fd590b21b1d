package uk.send.triage.casework;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import uk.send.identifiers.LetterReference;

/**
 * The print room's page for the case work team: the letters notification-service has ready to post, each to
 * download (or the day's as one PDF), and a button to mark each posted once it is in the post; only then does the
 * family count as told. notification-service owns the letters; this page reads and asks it with the case worker's
 * own token.
 */
@Path("/portal/letters")
@RolesAllowed("caseworker")
public class LettersPage {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    /** A letter as the page lists it: its reference, who it is for, and how it is printed. */
    @TemplateData
    public record Letter(String id, String reference, String to, boolean largePrint, int pages, String queued) {
    }

    private final NotificationService notifications;
    private final Template page;

    LettersPage(NotificationService notifications, @Location("portal/letters.html") Template page) {
        this.notifications = notifications;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance letters(@QueryParam("posted") String posted, @QueryParam("problem") String problem) {
        List<Letter> ready = ready();
        return page.data("letters", ready)
                .data("unanswered", ready == null)
                .data("posted", LetterReference.normalise(posted).map(reference -> "Letter " + reference
                        + " is marked as posted. Its family or school now counts as told.").orElse(null))
                .data("problem", Problem.of(problem).map(Problem::words).orElse(null));
    }

    @GET
    @Path("/{id}.pdf")
    @Produces("application/pdf")
    public Response letter(@PathParam("id") UUID id) {
        return pdf(notifications.file("/api/letters/" + id + ".pdf"), "unknown");
    }

    @GET
    @Path("/batch.pdf")
    @Produces("application/pdf")
    public Response batch() {
        return pdf(notifications.file("/api/letters/batch.pdf?date=" + England.today()), "none-today");
    }

    @POST
    @Path("/{id}/posted")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response posted(@PathParam("id") UUID id, @FormParam("reference") String reference) {
        OptionalInt answer = notifications.post("/api/letters/" + id + "/posted");
        if (answer.isPresent() && answer.getAsInt() == 200) {
            return back("posted=" + LetterReference.normalise(reference).orElse(""));
        }
        Problem problem = answer.isEmpty() ? Problem.UNANSWERED
                : answer.getAsInt() == 409 ? Problem.POSTED_ALREADY : Problem.UNKNOWN;
        return back("problem=" + problem.name().toLowerCase(Locale.UK).replace('_', '-'));
    }

    /** What went wrong, in words; only these are ever shown, whatever the address says. */
    enum Problem {
        UNANSWERED(NotificationService.UNANSWERED),
        POSTED_ALREADY("That letter was already marked as posted, by you or someone else."),
        UNKNOWN("That letter is not in the print queue."),
        NONE_TODAY("No letters from today are waiting to be posted.");

        private final String words;

        Problem(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }

        static Optional<Problem> of(String code) {
            for (Problem problem : values()) {
                if (problem.name().toLowerCase(Locale.UK).replace('_', '-').equals(code)) {
                    return Optional.of(problem);
                }
            }
            return Optional.empty();
        }
    }

    /** The letters ready to post, oldest first; null when notification-service did not answer. */
    private List<Letter> ready() {
        Optional<JsonNode> answer = notifications.json("/api/letters?status=READY");
        if (answer.isEmpty()) {
            return null;
        }
        List<Letter> letters = new ArrayList<>();
        for (JsonNode letter : answer.get()) {
            letters.add(new Letter(letter.path("id").asText(), letter.path("reference").asText(),
                    "SCHOOL".equals(letter.path("recipientType").asText()) ? "The school" : "The family",
                    letter.path("largePrint").asBoolean(), letter.path("pages").asInt(),
                    WRITTEN.format(Instant.parse(letter.path("queuedAt").asText()).atZone(England.ZONE))));
        }
        return letters;
    }

    private static Response pdf(Optional<HttpResponse<byte[]>> answer, String problem) {
        if (answer.isEmpty()) {
            return back("problem=" + problem);
        }
        HttpResponse<byte[]> pdf = answer.get();
        return Response.ok(pdf.body(), "application/pdf")
                .header("Content-Disposition", pdf.headers().firstValue("Content-Disposition").orElse("attachment"))
                .header("Cache-Control", "no-store").build();
    }

    private static Response back(String query) {
        return Response.seeOther(URI.create("/portal/letters?" + query)).build();
    }
}
