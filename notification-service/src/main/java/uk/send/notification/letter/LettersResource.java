package uk.send.notification.letter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.access.AccessRecords;
import uk.send.access.CallerIdentity;
import uk.send.identifiers.England;
import uk.send.problems.Refusal;

/**
 * The print queue, for the case work team who run the print room: letters ready to post, each as a PDF or a day's
 * as one, and marking each posted (it then counts as delivered) or returned by the post office.
 */
@Path("/api/letters")
@RolesAllowed("caseworker")
public class LettersResource {

    private static final String PDF = "application/pdf";

    public static class NoLettersThatDay extends Refusal.NotFound {
        NoLettersThatDay() {
            super("No letters queued that day are waiting to be posted");
        }
    }

    private final PrintRoom printRoom;
    private final AccessRecords accessRecords;
    private final CallerIdentity caller;

    LettersResource(PrintRoom printRoom, AccessRecords accessRecords, CallerIdentity caller) {
        this.printRoom = printRoom;
        this.accessRecords = accessRecords;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Letters in a state (READY to post, POSTED, RETURNED), oldest first; no names or addresses")
    public List<PrintRoom.Letter> letters(
            @QueryParam("status") @DefaultValue("READY") @Pattern(regexp = "READY|POSTED|RETURNED",
                    message = "must be READY, POSTED or RETURNED") String status,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(2000) int limit) {
        return printRoom.list(status, limit);
    }

    @GET
    @Path("/{id}.pdf")
    @Produces(PDF)
    @Operation(summary = "One letter as an A4 PDF, named by its reference")
    public Response letter(@PathParam("id") UUID id) {
        PrintRoom.Document document = printRoom.document(id);
        accessRecords.referralShown(document.letter().referralId(), "letter");
        return pdf(document.pdf(), document.letter().fileName());
    }

    @GET
    @Path("/batch.pdf")
    @Produces(PDF)
    @Operation(summary = "The letters queued on a day (today unless given) that are ready to post, as one PDF; a "
            + "letter of an odd number of pages is followed by a blank page, so each starts on a fresh sheet")
    public Response batch(@QueryParam("date") String date) {
        LocalDate day = date == null || date.isBlank() ? England.today() : day(date);
        List<PrintRoom.Document> documents = printRoom.readyOn(day).orElseThrow(NoLettersThatDay::new);
        accessRecords.referralsShown(documents.stream().map(d -> d.letter().referralId()).distinct().toList(),
                "letter");
        return pdf(PrintRoom.together(documents), "letters-" + day + ".pdf");
    }

    @POST
    @Path("/{id}/posted")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Marks a letter posted: it now counts as delivered. 409 if it was posted already")
    public PrintRoom.Letter posted(@PathParam("id") UUID id) {
        return printRoom.posted(id, caller.username());
    }

    @POST
    @Path("/{id}/returned")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Marks a posted letter returned by the post office: the notice goes another way or is held, "
            + "and the case work team is told")
    public PrintRoom.Letter returned(@PathParam("id") UUID id) {
        return printRoom.returned(id);
    }

    private static LocalDate day(String date) {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal.BadFields("date", "has the wrong type or format: expected a date as YYYY-MM-DD");
        }
    }

    private static Response pdf(byte[] pdf, String fileName) {
        return Response.ok(pdf, PDF).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
