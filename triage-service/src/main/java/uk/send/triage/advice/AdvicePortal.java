package uk.send.triage.advice;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import uk.send.access.AccessRecords;
import uk.send.identifiers.England;
import uk.send.triage.api.Clinician;
import uk.send.triage.portal.FormChecks;
import uk.send.triage.portal.PortalViews;

/**
 * The portal's health advice pages: the service's requests with their due dates, late ones marked, and a form to
 * return the advice. A form with errors is shown again with its error summary, and nothing changes.
 */
@Path("/portal/advice")
@RolesAllowed("clinician")
@Produces(MediaType.TEXT_HTML)
public class AdvicePortal {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final HealthAdvice advice;
    private final Clinician clinician;
    private final AccessRecords accessRecords;
    private final Template list;
    private final Template page;
    private final FormChecks formChecks;

    AdvicePortal(HealthAdvice advice, Clinician clinician,
            AccessRecords accessRecords, @Location("portal/advice-list.html") Template list,
            @Location("portal/advice.html") Template page, FormChecks formChecks) {
        this.advice = advice;
        this.clinician = clinician;
        this.accessRecords = accessRecords;
        this.list = list;
        this.page = page;
        this.formChecks = formChecks;
    }

    /** A request as the pages show it: dates in words, whether it is late. */
    @TemplateData
    public record Row(UUID id, String childName, String dateOfBirth, String nhsNumber, String schoolUrn,
            String reference, String requestedOn, String dueOn, boolean late, String returnedOn,
            Boolean knownToService, String advice, String returnedBy) {

        static Row of(AdviceRequest r, LocalDate today) {
            return new Row(r.id, r.childName(), DATE.format(r.childDateOfBirth), r.nhsNumber, r.schoolUrn,
                    r.assessmentReference, DATE.format(r.requestedOn), DATE.format(r.dueOn), r.late(today),
                    r.returnedOn == null ? null : DATE.format(r.returnedOn), r.knownToService, r.advice,
                    r.returnedBy);
        }
    }

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("done") String done) {
        LocalDate today = England.today();
        List<AdviceRequest> requests = advice.of(clinician.service());
        accessRecords.childrenShown(requests.stream().map(r -> r.childId).distinct().toList(),
                "health advice requests");
        List<Row> rows = requests.stream().map(r -> Row.of(r, today)).toList();
        return list.data("awaiting", rows.stream().filter(r -> r.returnedOn() == null).toList())
                .data("returned", rows.stream().filter(r -> r.returnedOn() != null).toList())
                .data("serviceName", PortalViews.label(clinician.service()))
                .data("done", "returned".equals(done));
    }

    @GET
    @Path("/{id}")
    @Transactional
    public TemplateInstance request(@PathParam("id") UUID id) {
        return page(find(id), "", null, List.of());
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response returnAdvice(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        AdviceRequest request = find(id);
        String text = form.getFirst("advice") == null ? "" : form.getFirst("advice").strip();
        String known = form.getFirst("knownToService");
        AdviceRequestsResource.Returned returned = new AdviceRequestsResource.Returned(text.isEmpty() ? null : text,
                "yes".equals(known) ? Boolean.TRUE : "no".equals(known) ? Boolean.FALSE : null);
        List<PortalViews.FieldError> errors = formChecks.errors("", returned, Map.of(
                "advice", "Enter the service's advice",
                "knownToService", "Select whether the child is known to the service"));
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(request, text, known, errors).render()).build();
        }
        try {
            advice.returned(request, returned.advice(), returned.knownToService(), clinician.username());
        } catch (HealthAdvice.AdviceAlreadyReturned e) {
            return Response.status(409).entity(page(request, text, known,
                    List.of(new PortalViews.FieldError("advice", e.getMessage()))).render()).build();
        }
        return Response.seeOther(URI.create("/portal/advice?done=returned")).build();
    }

    private TemplateInstance page(AdviceRequest request, String text, String known,
            List<PortalViews.FieldError> errors) {
        accessRecords.childrenShown(List.of(request.childId), "health advice request");
        Map<String, String> values = new HashMap<>();
        values.put("advice", text);
        values.put("knownToService", known == null ? "" : known);
        return page.data("request", Row.of(request, England.today()))
                .data("serviceName", PortalViews.label(clinician.service()))
                .data("form", new PortalViews.Form("advice", values, errors));
    }

    private AdviceRequest find(UUID id) {
        return advice.find(id, clinician.service()).orElseThrow(AdviceProblems.AdviceRequestNotFound::new);
    }
}
