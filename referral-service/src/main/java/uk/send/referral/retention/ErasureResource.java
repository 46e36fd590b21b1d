package uk.send.referral.retention;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.access.AccessRecords;
import uk.send.access.CallerIdentity;
import uk.send.referral.ReferralNotFound;

/**
 * A case worker acts on an erasure request the partnership has upheld: the referral's records are destroyed here and,
 * through its event, in every service, and the register says on what ground, on whose request and by whom.
 */
@Path("/api/referrals/{id}/erasure")
@RolesAllowed(CallerIdentity.CASEWORKER)
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

    /** The ground, and the information governance team's reference for the request it decided. */
    public record ErasureRequest(
            @NotNull ErasureGround ground,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/-]{0,39}",
                    message = "must be the request's reference: letters, digits, dashes and slashes, at most 40")
            String requestReference) {
    }

    private final RecordDestruction destruction;
    private final CallerIdentity caller;
    private final AccessRecords accessRecords;

    ErasureResource(RecordDestruction destruction, CallerIdentity caller, AccessRecords accessRecords) {
        this.destruction = destruction;
        this.caller = caller;
        this.accessRecords = accessRecords;
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase a referral's records on a ground UK GDPR Article 17(1) names",
            description = "For a request the partnership has upheld. The ground is one of WRONG_CHILD, "
                    + "OBJECTION_UPHELD, UNLAWFULLY_PROCESSED or ORDERED; a family's wish alone is not one (Article "
                    + "17(3)(b) and (c)): rectification or restriction answers it. Every service destroys its copy; "
                    + "the register keeps the reference, the ground and who erased it. 404 once erased.")
    public DestroyedRecordView erase(@PathParam("id") UUID id, @NotNull @Valid ErasureRequest request) {
        DestroyedRecordView erased = destruction.erased(id, request.ground(), request.requestReference(),
                        caller.username())
                .map(DestroyedRecordView::of).orElseThrow(ReferralNotFound::new);
        // In the erasure's own transaction: no erasure without its record of who did it (the ground is in the register).
        accessRecords.referralChanged(id, "records erased");
        return erased;
    }
}
