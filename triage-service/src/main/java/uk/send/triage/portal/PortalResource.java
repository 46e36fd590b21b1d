package uk.send.triage.portal;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

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

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import uk.send.access.AccessRecords;
import uk.send.access.FormToken;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
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
 * {@link TriageDecisions} as the JSON API. A form with errors is shown again with an error summary that links to each
 * field, and nothing changes; every form carries a token against cross-site forgery.
 */
@Path("/portal")
@RolesAllowed("clinician")
@Produces(MediaType.TEXT_HTML)
public class PortalResource {

    private static final int MAX_TEXT = 4000;
    private static final int WORKLIST_PAGE = 50;

    private final Clinician clinician;
    private final JsonWebToken token;
    private final FormToken formToken;
    private final TriageQueues queues;
    private final TriageDecisions decisions;
    private final AccessRecords accessRecords;
    private final Template worklist;
    private final Template referral;
    private final SchoolAnswersSource schoolAnswers;

    PortalResource(Clinician clinician, JsonWebToken token, FormToken formToken, TriageQueues queues,
            TriageDecisions decisions, AccessRecords accessRecords,
            @Location("portal/worklist.html") Template worklist,
            @Location("portal/referral.html") Template referral, SchoolAnswersSource schoolAnswers) {
        this.clinician = clinician;
        this.token = token;
        this.formToken = formToken;
        this.queues = queues;
        this.decisions = decisions;
        this.accessRecords = accessRecords;
        this.worklist = worklist;
        this.referral = referral;
        this.schoolAnswers = schoolAnswers;
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
        if (!formToken.matches(token, form.getFirst("csrf"))) {
            return Response.status(403).entity(
                    "<!DOCTYPE html><title>Form expired</title><p>This form has expired. Go back, reload the page "
                            + "and try again.</p>").build();
        }
        Map<String, String> values = new HashMap<>();
        form.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0).strip()));
        List<PortalViews.FieldError> errors = new ArrayList<>();
        Supplier<TriageDecisions.Outcome> decision = decision(id, action, values, errors);
        if (!errors.isEmpty()) {
            return page(400, id, new PortalViews.Form(action, values, errors));
        }
        try {
            decision.get();
        } catch (DecisionNotAllowed e) {
            return page(409, id, new PortalViews.Form(action, values,
                    List.of(new PortalViews.FieldError(action + "-submit", e.getMessage()))));
        }
        return Response.seeOther(URI.create("/portal?done=" + action)).build();
    }

    /** Reads and checks one decision form; adds an error per bad field, or returns the decision to make. */
    private Supplier<TriageDecisions.Outcome> decision(UUID id, String action, Map<String, String> values,
            List<PortalViews.FieldError> errors) {
        ClinicalService service = clinician.service();
        String by = clinician.username();
        switch (action) {
            case "accept" -> {
                Priority priority = choice(Priority.class, values.get("priority"), "accept-priority",
                        "Select a priority", errors);
                return () -> decisions.accept(id, service, priority, by);
            }
            case "decline" -> {
                String reason = text(values.get("reason"), "decline-reason",
                        "Enter why the referral is declined", errors);
                List<String> signposting = Arrays.stream(values.getOrDefault("signposting", "").split("\\R"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (signposting.isEmpty()) {
                    errors.add(new PortalViews.FieldError("decline-signposting",
                            "Enter at least one place where the family can get help instead"));
                }
                return () -> decisions.decline(id, service, reason, signposting, by);
            }
            case "request-information" -> {
                String question = text(values.get("question"), "request-information-question",
                        "Enter the question for the school", errors);
                return () -> decisions.requestInformation(id, service, question, by);
            }
            case "resume" -> {
                return () -> decisions.resume(id, service, by);
            }
            case "reprioritise" -> {
                Priority priority = choice(Priority.class, values.get("priority"), "reprioritise-priority",
                        "Select the new priority", errors);
                ReprioritisationReason category = choice(ReprioritisationReason.class, values.get("reasonCategory"),
                        "reprioritise-reasonCategory", "Select why the priority changes", errors);
                String reason = text(values.get("reason"), "reprioritise-reason",
                        "Enter the reason for the change", errors);
                return () -> decisions.reprioritise(id, service, priority, category, reason, by);
            }
            case "start" -> {
                return () -> decisions.start(id, service, by);
            }
            case "close" -> {
                ClosureReason outcome = choice(ClosureReason.class, values.get("outcome"), "close-outcome",
                        "Select the outcome", errors);
                if (outcome != null && outcome != ClosureReason.COMPLETED && outcome != ClosureReason.DISCHARGED) {
                    errors.add(new PortalViews.FieldError("close-outcome", "Select completed or discharged"));
                }
                String summary = text(values.get("summary"), "close-summary",
                        "Enter a summary for the family", errors);
                return () -> decisions.close(id, service, outcome, summary, by);
            }
            default -> throw new CaseNotFound();
        }
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
                .data("csrf", formToken.issue(token))
                .data("priorities", Priority.values())
                .data("reasons", ReprioritisationReason.values());
    }

    /** A page number from a link: anything but a small whole number shows the first page. */
    private static int pageNumber(String page) {
        return page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
    }

    private static String text(String value, String fieldId, String message, List<PortalViews.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new PortalViews.FieldError(fieldId, message));
            return null;
        }
        if (value.length() > MAX_TEXT) {
            errors.add(new PortalViews.FieldError(fieldId, "Use " + MAX_TEXT + " characters or fewer"));
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String fieldId, String message,
            List<PortalViews.FieldError> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            errors.add(new PortalViews.FieldError(fieldId, message));
            return null;
        }
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
