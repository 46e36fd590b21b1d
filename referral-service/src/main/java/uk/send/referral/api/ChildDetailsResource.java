package uk.send.referral.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.send.access.AccessRecords;
import uk.send.problems.Problem;
import uk.send.referral.ChildCorrections;
import uk.send.referral.Referral;
import uk.send.referral.ReferralNotFound;
import uk.send.referral.Referrals;

/**
 * The referred child's details corrected (a rectification, UK GDPR Article 16): a misspelt name, a wrong date of birth,
 * NHS number or Unique Pupil Number. Every service's copy follows, and each changed field is kept with what it said,
 * on whose request, by whom and when.
 */
@Path("/api/referrals/{id}/child")
@Produces(MediaType.APPLICATION_JSON)
public class ChildDetailsResource {

    /** The child as they should be recorded, whole, and the request the correction answers, if any. */
    public record ChildCorrection(
            @NotNull @Valid SubmitReferralRequest.ChildDetails child,
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/-]{0,39}",
                    message = "must be the request's reference: letters, digits, dashes and slashes, at most 40")
            String requestReference) {
    }

    private final Referrals referrals;
    private final ChildCorrections corrections;
    private final Caller caller;
    private final AccessRecords accessRecords;

    ChildDetailsResource(Referrals referrals, ChildCorrections corrections, Caller caller,
            AccessRecords accessRecords) {
        this.referrals = referrals;
        this.corrections = corrections;
        this.caller = caller;
        this.accessRecords = accessRecords;
    }

    @PATCH
    @RolesAllowed({Caller.SENCO, Caller.CASEWORKER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the referred child's details: name, date of birth, NHS number, UPN, year group",
            description = "The child is given whole, as on submission, and checked the same way (400 names each bad "
                    + "field); a date of birth that would make the young person contact too young is refused. Every "
                    + "service's copy follows (referral.child-corrected); each changed field is kept with what it "
                    + "said. Nothing changes, and nothing is announced, when the details are the same. 404 unless the "
                    + "caller's school made the referral (or the caller is a case worker). Audited as "
                    + "`child's details corrected`.")
    public Response correct(@PathParam("id") UUID id, @NotNull @Valid ChildCorrection correction) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Referral referral = referrals.locked(id).filter(r -> caller.canRead(r) && caller.canManage(r))
                    .orElseThrow(ReferralNotFound::new);
            List<YoungPersonContacts.Named> contacts = referral.familyContacts().stream()
                    .map(contact -> new YoungPersonContacts.Named("child.dateOfBirth", contact.youngPerson()))
                    .toList();
            List<Problem.Violation> violations = YoungPersonContacts.violations(
                    correction.child().dateOfBirth(), contacts);
            if (!violations.isEmpty()) {
                return Problem.badRequest(List.of(new Problem.Violation("child.dateOfBirth", "would make the "
                        + "young person named as a contact too young to be their own contact: correct the "
                        + "contacts first"))).toResponse();
            }
            if (!referrals.correctChild(referral, correction.child().toChild(), correction.requestReference(),
                    caller.username(), Instant.now()).isEmpty()) {
                accessRecords.referralChanged(id, "child's details corrected");
            }
            return Response.ok(ReferralView.of(referral, caller.reader())).build();
        });
    }

    @GET
    @Path("/corrections")
    @RolesAllowed(Caller.CASEWORKER)
    @Operation(summary = "The corrections made to the referred child's details, newest first",
            description = "Each changed field with what it said and now says, the request's reference, who and when; "
                    + "404 for an unknown referral. Audited as a read of the referral.")
    public List<ChildCorrections.Recorded> corrections(@PathParam("id") UUID id) {
        if (QuarkusTransaction.requiringNew().call(() -> Referral.findById(id) == null)) {
            throw new ReferralNotFound();
        }
        accessRecords.referralShown(id, "child's details corrections");
        return corrections.of(id);
    }
}
