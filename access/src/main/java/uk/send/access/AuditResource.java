package uk.send.access;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The case workers' view of who looked at a child's referral or record in this service. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CallerIdentity.CASEWORKER)
public class AuditResource {

    /** The accesses to one referral or one child's record, newest first. */
    public record Audit(UUID referralId, UUID childId, List<AccessRecords.AccessRecord> accesses) {
    }

    private final AccessRecords records;

    AuditResource(AccessRecords records) {
        this.records = records;
    }

    @GET
    @Operation(summary = "Who looked at a referral (referralId) or a child's record (childId) in this service, "
            + "newest first")
    public Audit audit(@QueryParam("referralId") UUID referralId, @QueryParam("childId") UUID childId) {
        if ((referralId == null) == (childId == null)) {
            throw new BadRequestException("Name either a referralId or a childId");
        }
        return referralId != null
                ? new Audit(referralId, null, records.of(AccessRecords.Subject.REFERRAL, referralId))
                : new Audit(null, childId, records.of(AccessRecords.Subject.CHILD, childId));
    }
}
