package uk.send.triage.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.access.AccessRecords;
import uk.send.access.CallerIdentity;
import uk.send.contracts.ClinicalService;
import uk.send.identifiers.England;
import uk.send.triage.api.Clinician;

/**
 * Health advice requests as JSON: a clinician sees and answers their own service's; the case work team reads any,
 * with the advice returned. Every read is recorded against the child.
 */
@Path("/api/advice-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({CallerIdentity.CLINICIAN, CallerIdentity.CASEWORKER})
public class AdviceRequestsResource {

    private final HealthAdvice advice;
    private final Clinician clinician;
    private final CallerIdentity caller;
    private final AccessRecords accessRecords;

    AdviceRequestsResource(HealthAdvice advice, Clinician clinician, CallerIdentity caller,
            AccessRecords accessRecords) {
        this.advice = advice;
        this.clinician = clinician;
        this.caller = caller;
        this.accessRecords = accessRecords;
    }

    /** One request as the API gives it. */
    public record View(UUID id, String assessmentReference, ClinicalService service, String childName,
            LocalDate dateOfBirth, String nhsNumber, String schoolUrn, LocalDate requestedOn, LocalDate dueOn,
            boolean late, LocalDate returnedOn, Boolean knownToService, String advice, String returnedBy) {

        static View of(AdviceRequest r, LocalDate today) {
            return new View(r.id, r.assessmentReference, r.service, r.childName(), r.childDateOfBirth, r.nhsNumber,
                    r.schoolUrn, r.requestedOn, r.dueOn, r.late(today), r.returnedOn, r.knownToService, r.advice,
                    r.returnedBy);
        }
    }

    public record Returned(@NotBlank @Size(max = HealthAdvice.MAX_ADVICE) String advice,
            @NotNull Boolean knownToService) {
    }

    @GET
    @Transactional
    @Operation(summary = "Health advice requests: a clinician's own service's, awaiting advice and due soonest first")
    public List<View> list() {
        LocalDate today = England.today();
        List<AdviceRequest> requests = caseworker() ? advice.all() : advice.of(clinician.service());
        accessRecords.childrenShown(requests.stream().map(r -> r.childId).distinct().toList(),
                "health advice requests");
        return requests.stream().map(r -> View.of(r, today)).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "A health advice request, with the advice once returned")
    public View one(@PathParam("id") UUID id) {
        AdviceRequest request = find(id);
        accessRecords.childrenShown(List.of(request.childId), "health advice request");
        return View.of(request, England.today());
    }

    @POST
    @Path("/{id}/advice")
    @RolesAllowed(CallerIdentity.CLINICIAN)
    @Transactional
    @Operation(summary = "Return the service's health advice, and whether the child is known to the service")
    public View returnAdvice(@PathParam("id") UUID id, @NotNull @Valid Returned returned) {
        AdviceRequest request = find(id);
        advice.returned(request, returned.advice().strip(), returned.knownToService(), clinician.username());
        accessRecords.childrenShown(List.of(request.childId), "health advice returned");
        return View.of(request, England.today());
    }

    private AdviceRequest find(UUID id) {
        return advice.find(id, caseworker() ? null : clinician.service()).orElseThrow(AdviceProblems.AdviceRequestNotFound::new);
    }

    private boolean caseworker() {
        return caller.is(CallerIdentity.CASEWORKER);
    }
}
