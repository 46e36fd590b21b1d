package uk.send.referral.retention;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.access.CallerIdentity;

/** The register of destroyed records, newest first: what went, when, why and on whose authority. */
@Path("/api/destroyed-records")
@RolesAllowed(CallerIdentity.CASEWORKER)
@Produces(MediaType.APPLICATION_JSON)
public class DestroyedRecordsResource {

    private final DestructionRegister register;

    DestroyedRecordsResource(DestructionRegister register) {
        this.register = register;
    }

    @GET
    @Operation(summary = "The register of destroyed referral records, newest first",
            description = "Each entry: the referral's reference and service, why it went (its retention period ended, "
                    + "or it was erased, with the ground and the request's reference), who or what destroyed it and "
                    + "when. Nothing about the child: that is what was destroyed.")
    public List<DestroyedRecordView> register(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return register.page(page, size);
    }
}
