package uk.send.referral.api;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.ReferralStatus;
import uk.send.access.AccessRecords;
import uk.send.identifiers.ReferralReference;
import uk.send.problems.Problem;
import uk.send.referral.Consent;
import uk.send.referral.Referral;
import uk.send.referral.ReferralNotFound;
import uk.send.referral.ReferralSearch;
import uk.send.referral.Referrals;
import uk.send.referral.SchoolContact;
import uk.send.referral.Submission;

@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private static final String STATUSES = "SUBMITTED|IN_TRIAGE|MORE_INFORMATION_REQUESTED|ACCEPTED_WAITING|"
            + "IN_PROGRESS|CLOSED";
    private static final String SERVICES = "SPEECH_AND_LANGUAGE_THERAPY|COMMUNITY_PAEDIATRICS|"
            + "NEURODEVELOPMENTAL_ASSESSMENT|EDUCATIONAL_PSYCHOLOGY|CAMHS|OCCUPATIONAL_THERAPY|PHYSIOTHERAPY|"
            + "ADULT_MENTAL_HEALTH";

    private final Referrals referrals;
    private final Caller caller;
    private final AccessRecords accessRecords;
    private final ReferralSearch search;

    ReferralResource(Referrals referrals, Caller caller, AccessRecords accessRecords, ReferralSearch search) {
        this.referrals = referrals;
        this.caller = caller;
        this.accessRecords = accessRecords;
        this.search = search;
    }

    @POST
    @RolesAllowed(Caller.SENCO)
    @Operation(summary = "Refer a child for health support",
            description = "201 with the new referral; 200 with the same referral when retried with the same "
                    + "Idempotency-Key and body; 422 when the key was used for a different body.")
    public Response submit(
            @Parameter(description = "A key of the caller's choosing; a retry with the same key is not duplicated")
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @NotNull @Valid SubmitReferralRequest request) {
        if (caller.schoolUrn().filter(request.schoolUrn()::equals).isEmpty()) {
            throw new NotYourSchool();
        }
        List<Problem.Violation> youngPerson = YoungPersonContacts.violations(request);
        if (!youngPerson.isEmpty()) {
            return Problem.badRequest(youngPerson).toResponse();
        }
        String fingerprint = RequestFingerprint.of(request);
        Submitted submitted;
        try {
            submitted = submitInOwnTransaction(request, idempotencyKey, fingerprint);
        } catch (PersistenceException concurrentRetry) {
            // Two requests with one key raced and the other committed first: this one now finds its referral.
            if (idempotencyKey == null) {
                throw concurrentRetry;
            }
            submitted = submitInOwnTransaction(request, idempotencyKey, fingerprint);
        }
        URI location = URI.create("/api/referrals/" + submitted.view().id());
        accessRecords.referralShown(submitted.view().id(), "referral submitted");
        return Response.status(submitted.created() ? 201 : 200).location(location).entity(submitted.view()).build();
    }

    @POST
    @Path("/migrated")
    @RolesAllowed(Caller.CASEWORKER)
    @Operation(summary = "Carry a referral over from the previous system, keeping the day it was received",
            description = "201 with the new referral; 200 with the same referral when the previous reference was "
                    + "carried over already.")
    public Response migrate(@NotNull @Valid MigrateReferralRequest request) {
        List<Problem.Violation> youngPerson = YoungPersonContacts.violations(request.referral());
        if (!youngPerson.isEmpty()) {
            return Problem.badRequest(youngPerson.stream().map(v -> new Problem.Violation("referral." + v.field(),
                    v.message())).toList()).toResponse();
        }
        String key = "migrated:" + request.previousReference();
        String fingerprint = RequestFingerprint.of(request);
        Submitted submitted = QuarkusTransaction.requiringNew().call(() -> {
            Submission submission = referrals.submit(draft(request.referral(), request.receivedAt()), caller.id(),
                    key, fingerprint);
            return new Submitted(ReferralView.of(submission.referral(), caller.reader()), submission.created());
        });
        accessRecords.referralShown(submitted.view().id(), "referral carried over");
        return Response.status(submitted.created() ? 201 : 200)
                .location(URI.create("/api/referrals/" + submitted.view().id())).entity(submitted.view()).build();
    }

    private record Submitted(ReferralView view, boolean created) {
    }

    private Submitted submitInOwnTransaction(SubmitReferralRequest request, String idempotencyKey,
            String fingerprint) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Submission submission = referrals.submit(draft(request, Instant.now()), caller.id(), idempotencyKey,
                    fingerprint);
            return new Submitted(ReferralView.of(submission.referral(), caller.reader()), submission.created());
        });
    }

    @GET
    @Path("/by-reference/{reference}")
    @RolesAllowed({Caller.SENCO, Caller.CLINICIAN, Caller.CASEWORKER})
    @Transactional
    @Operation(summary = "A referral by the reference people read aloud (SND-4KQ7-9TXY; any case, dashes optional)",
            description = "404 for a reference that is not one, whose check character is wrong, or that the caller "
                    + "may not see: the same answer for each, so nothing is learned from it.")
    public ReferralView byReference(@PathParam("reference") String reference) {
        Referral referral = ReferralReference.normalise(reference)
                .flatMap(found -> Referral.<Referral>find("reference", found).<Referral>firstResultOptional())
                .filter(caller::canRead).orElseThrow(ReferralNotFound::new);
        accessRecords.referralShown(referral.id(), "referral by reference");
        return ReferralView.of(referral, caller.reader());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.SENCO, Caller.CLINICIAN, Caller.CASEWORKER})
    @Transactional
    @Operation(summary = "A referral with its timeline, as staff see it; 404 unless the caller may see it",
            description = "A family reads its own view at /api/family/referrals/{id}.")
    public ReferralView get(@PathParam("id") UUID id) {
        Referral referral = Referral.<Referral>findByIdOptional(id).filter(caller::canRead)
                .orElseThrow(ReferralNotFound::new);
        accessRecords.referralShown(referral.id(), "referral");
        return ReferralView.of(referral, caller.reader());
    }

    @GET
    @RolesAllowed({Caller.SENCO, Caller.CLINICIAN, Caller.CASEWORKER})
    @Transactional
    @Operation(summary = "The referrals the caller may see, newest first")
    public ReferralPage list(
            @QueryParam("status") @Pattern(regexp = STATUSES, message = "must be a referral status") String status,
            @QueryParam("service") @Pattern(regexp = SERVICES, message = "must be a clinical service") String service,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ReferralSearch.Found found = search.find(caller.scope(),
                status == null ? null : ReferralStatus.valueOf(status),
                service == null ? null : ClinicalService.valueOf(service), page, size, ReferralPage.COUNTED_UP_TO);
        List<Referral> items = found.referrals();
        accessRecords.referralsShown(items.stream().map(Referral::id).toList(), "referral list");
        int counted = found.counted();
        return new ReferralPage(items.stream().map(ReferralPage.Summary::of).toList(), page, size,
                Math.min(counted, ReferralPage.COUNTED_UP_TO), counted <= ReferralPage.COUNTED_UP_TO);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Caller.SENCO, Caller.CASEWORKER})
    @Transactional
    @Operation(summary = "Withdraw a referral: it closes as WITHDRAWN and the school and family are told",
            description = "The reason is sent to the school and to the family: write it for the family.")
    public ReferralView withdraw(@PathParam("id") UUID id, @NotNull @Valid WithdrawRequest request) {
        Referral referral = referrals.withdraw(id, r -> caller.canRead(r) && caller.canManage(r),
                request.reason(), caller.username());
        accessRecords.referralShown(referral.id(), "referral withdrawn");
        return ReferralView.of(referral, caller.reader());
    }

    private Referral draft(SubmitReferralRequest request, Instant receivedAt) {
        Referral referral = Referral.submit(request.service(), request.schoolUrn(),
                new SchoolContact(request.schoolContact().name(), request.schoolContact().email()),
                request.child().toChild(),
                request.reason(), request.complexHealthNeeds(), request.safeguardingConcern(),
                new Consent(request.consent().recordedBy(), request.consent().recordedAt()),
                caller.username(), receivedAt);
        for (SubmitReferralRequest.FamilyContactDetails contact : request.familyContacts()) {
            referral.addFamilyContact(contact.toDetails());
        }
        return referral;
    }
}
