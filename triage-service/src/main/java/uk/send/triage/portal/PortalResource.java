package uk.send.triage.portal;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
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

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import uk.send.access.AccessRecords;
import uk.send.contracts.Priority;
import uk.send.contracts.ReprioritisationReason;
import uk.send.triage.CaseNotFound;
import uk.send.triage.DecisionNotAllowed;
import uk.send.triage.TriageCase;
import uk.send.triage.TriageDecisions;
import uk.send.triage.TriageQueues;
import uk.send.triage.api.Clinician;
import uk.send.triage.api.QueueView;

/**
 * The clinicians' portal: the worklist, a referral's page, and the decision forms. The forms call the same
 * {@link TriageDecisions} as the JSON API, read into its request records ({@link DecisionForm}) and checked by their
 * constraints. A form with errors is shown again with an error summary that links to each field, and nothing changes.
 * Every form carries Quarkus' token against cross-site forgery; a post without it is refused ({@link FormExpired}).
 */
@Path("/portal")
@RolesAllowed("clinician")
@Produces(MediaType.TEXT_HTML)
public class PortalResource {

    private static final int WORKLIST_PAGE = 50;

    private final Clinician clinician;
    private final TriageQueues queues;
    private final TriageDecisions decisions;
    private final AccessRecords accessRecords;
    private final Template worklist;
    private final Template referral;
    private final SchoolAnswersSource schoolAnswers;
    private final FormChecks formChecks;

    PortalResource(Clinician clinician, TriageQueues queues,
            TriageDecisions decisions, AccessRecords accessRecords,
            @Location("portal/worklist.html") Template worklist,
            @Location("portal/referral.html") Template referral, SchoolAnswersSource schoolAnswers,
            FormChecks formChecks) {
        this.clinician = clinician;
        this.queues = queues;
        this.decisions = decisions;
        this.accessRecords = accessRecords;
        this.worklist = worklist;
        this.referral = referral;
        this.schoolAnswers = schoolAnswers;
        this.formChecks = formChecks;
    }

    @GET
    public TemplateInstance worklist(@QueryParam("done") String done, @QueryParam("page") String page) {
        QueueView queue = queues.of(clinician.service(), pageNumber(page), WORKLIST_PAGE);
        accessRecords.referralsShown(queue.referralIds(), "worklist");
        return worklist.data("queue", queue)
                .data("serviceName", PortalViews.label(clinician.service()))
                .data("clinician", clinician.username())
                .data("done", doneMessage(done));
    }

    @GET
    @Path("/referrals/{id}")
    @Transactional
    public TemplateInstance referral(@PathParam("id") UUID id) {
        return referralPage(id, PortalViews.Form.empty());
    }

    /** A file the school sent with its answer, fetched from referral-service with the clinician's own token. */
    @GET
    @Path("/referrals/{id}/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
        TriageCase triageCase = TriageCase.findById(id);
        if (triageCase == null || triageCase.service != clinician.service()) {
            throw new CaseNotFound();
        }
        SchoolAnswersSource.Fetched file = schoolAnswers.file(id, fileId).orElseThrow(CaseNotFound::new);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    @POST
    @Path("/referrals/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @PathParam("action") String action,
            MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0).strip()));
        DecisionForm decisionForm = DecisionForm.read(action, values);
        List<PortalViews.FieldError> errors = formChecks.errors(action, decisionForm.request(),
                decisionForm.prompts());
        if (!errors.isEmpty()) {
            return page(400, id, new PortalViews.Form(action, values, errors));
        }
        try {
            decisionForm.decision().makeOn(id, decisions, clinician.service(), clinician.username());
        } catch (DecisionNotAllowed e) {
            return page(409, id, new PortalViews.Form(action, values,
                    List.of(new PortalViews.FieldError(action + "-submit", e.getMessage()))));
        }
        return Response.seeOther(URI.create("/portal?done=" + action)).build();
    }

    private Response page(int status, UUID id, PortalViews.Form form) {
        // Reading the referral also writes the audit of the read, so the page is rendered in a transaction.
        String html = QuarkusTransaction.requiringNew().call(() -> referralPage(id, form).render());
        return Response.status(status).type(MediaType.TEXT_HTML).entity(html).build();
    }

    private TemplateInstance referralPage(UUID id, PortalViews.Form form) {
        TriageCase triageCase = TriageCase.findById(id);
        if (triageCase == null || triageCase.service != clinician.service()) {
            throw new CaseNotFound();
        }
        accessRecords.referralShown(id, "referral page");
        List<PortalViews.Decision> decided = decisions.history(id).stream().map(d -> new PortalViews.Decision(
                PortalWords.decision(d.decision()), d.priority() == null ? null : PortalWords.words(d.priority()),
                d.reason(), d.by(), d.at())).toList();
        return referral.data("referral", new PortalViews.Referral(triageCase,
                        PortalViews.ageOf(triageCase.childDateOfBirth), decided))
                .data("answers", schoolAnswers.of(id).orElse(null))
                .data("form", form)
                .data("priorities", Priority.values())
                .data("reasons", ReprioritisationReason.values());
    }

    /** A page number from a link: anything but a small whole number shows the first page. */
    private static int pageNumber(String page) {
        return page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
    }

    private static String doneMessage(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "accept" -> "Referral accepted onto the waiting list. The family and school will be told.";
            case "decline" -> "Referral declined. The family and school will be told, with the signposting.";
            case "request-information" -> "Question sent to the school.";
            case "resume" -> "Triage resumed.";
            case "reprioritise" -> "Priority changed. The family and school will be told.";
            case "start" -> "Marked as started.";
            case "close" -> "Referral closed. The family and school will be told.";
            default -> null;
        };
    }
}
