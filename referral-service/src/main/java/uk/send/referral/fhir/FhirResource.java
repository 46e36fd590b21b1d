package uk.send.referral.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import uk.send.access.AccessRecords;
import uk.send.access.CallerIdentity;
import uk.send.identifiers.England;
import uk.send.referral.Referral;
import uk.send.referral.ReferralNotFound;
import uk.send.referral.ReferralSearch;
import uk.send.referral.api.Caller;

/**
 * A BaRS-style FHIR R4 view of each referral, for NHS providers' systems: the school's ServiceRequest, the service's
 * Task, and the whole referral as a {@code collection} Bundle; a search of the referrals changed since a day. The same
 * roles and scopes as the referral's staff view (a family never reads it), every read recorded, and every refusal a
 * FHIR OperationOutcome: 404 for a referral that does not exist or is out of the caller's scope alike.
 */
@Path("/fhir")
// FHIR clients ask for application/fhir+json, or for plain JSON; either way the answer is FHIR JSON.
@Produces({FhirResource.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({CallerIdentity.SENCO, CallerIdentity.CLINICIAN, CallerIdentity.CASEWORKER})
public class FhirResource {

    static final String FHIR_JSON = "application/fhir+json";
    private static final FhirContext R4 = FhirContext.forR4Cached();

    private final Caller caller;
    private final ReferralSearch search;
    private final AccessRecords accessRecords;
    private final FhirConfig config;

    FhirResource(Caller caller, ReferralSearch search, AccessRecords accessRecords, FhirConfig config) {
        this.caller = caller;
        this.search = search;
        this.accessRecords = accessRecords;
        this.config = config;
    }

    @GET
    @Path("/ServiceRequest/{id}")
    @Transactional
    @Operation(summary = "The referral as the school's FHIR R4 ServiceRequest (UK Core)")
    public Response serviceRequest(@PathParam("id") String id) {
        return json(view(id, "FHIR ServiceRequest").serviceRequest());
    }

    @GET
    @Path("/Task/{id}")
    @Transactional
    @Operation(summary = "The clinical service's work on the referral as a FHIR R4 Task (UK Core)")
    public Response task(@PathParam("id") String id) {
        return json(view(id, "FHIR Task").task());
    }

    @GET
    @Path("/Bundle/{id}")
    @Transactional
    @Operation(summary = "The referral as a FHIR R4 collection Bundle: ServiceRequest, Task, Patient, RelatedPerson "
            + "for each family contact, the school's Organization, a Provenance for each change of status")
    public Response bundle(@PathParam("id") String id) {
        return json(view(id, "FHIR Bundle").bundle());
    }

    @GET
    @Path("/ServiceRequest")
    @Transactional
    @Operation(summary = "The referrals the caller may see changed since a day: _lastUpdated=ge2026-09-01 (or a date "
            + "and time), a searchset Bundle of ServiceRequests, oldest change first, paged by _count and _offset "
            + "with Bundle.link next")
    public Response search(@QueryParam("_lastUpdated") String lastUpdated,
            @QueryParam("_count") @DefaultValue("20") String count,
            @QueryParam("_offset") @DefaultValue("0") String offset) {
        Optional<Instant> since = since(lastUpdated);
        Optional<Integer> size = number(count).filter(n -> n >= 1 && n <= 100);
        Optional<Integer> from = number(offset).filter(n -> n >= 0);
        if (since.isEmpty() || size.isEmpty() || from.isEmpty()) {
            return outcome(400, OperationOutcome.IssueType.INVALID, since.isEmpty()
                    ? "_lastUpdated must be ge followed by a date (2026-09-01) or a date and time"
                    : "_count must be from 1 to 100 and _offset 0 or more");
        }
        List<Referral> found = search.updatedSince(caller.scope(), since.get(), from.get(), size.get());
        List<Referral> page = found.subList(0, Math.min(found.size(), size.get()));
        accessRecords.referralsShown(page.stream().map(Referral::id).toList(), "FHIR search");
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        String self = "/fhir/ServiceRequest?_lastUpdated=" + lastUpdated + "&_count=" + size.get() + "&_offset=";
        bundle.addLink().setRelation("self").setUrl(self + from.get());
        if (found.size() > size.get()) {
            bundle.addLink().setRelation("next").setUrl(self + (from.get() + size.get()));
        }
        for (Referral referral : page) {
            bundle.addEntry().setResource(new FhirReferral(referral, config.systemBase()).serviceRequest())
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return json(bundle);
    }

    private FhirReferral view(String id, String shownAs) {
        Referral referral = parse(id).flatMap(found -> Referral.<Referral>findByIdOptional(found))
                .filter(caller::canRead)
                .orElseThrow(ReferralNotFound::new);
        accessRecords.referralShown(referral.id(), shownAs);
        return new FhirReferral(referral, config.systemBase());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> since(String lastUpdated) {
        if (lastUpdated == null || !lastUpdated.startsWith("ge")) {
            return Optional.empty();
        }
        String value = lastUpdated.substring(2);
        try {
            return Optional.of(value.length() == 10 ? LocalDate.parse(value).atStartOfDay(England.ZONE).toInstant()
                    : OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> number(String value) {
        return value != null && value.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }

    private static Response json(IBaseResource resource) {
        return json(200, resource);
    }

    private static Response json(int status, IBaseResource resource) {
        return Response.status(status).type(FHIR_JSON).entity(R4.newJsonParser().encodeResourceToString(resource))
                .build();
    }

    static Response outcome(int status, OperationOutcome.IssueType type, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type)
                .setDiagnostics(diagnostics);
        return json(status, outcome);
    }

    /** No such referral, or none the caller may see: the same answer, as FHIR says it. */
    @ServerExceptionMapper
    public Response notFound(ReferralNotFound e) {
        return outcome(404, OperationOutcome.IssueType.NOTFOUND, e.getMessage());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return outcome(403, OperationOutcome.IssueType.FORBIDDEN, "Not for your role");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return outcome(401, OperationOutcome.IssueType.LOGIN, "Sign in: a bearer token is needed");
    }
}
