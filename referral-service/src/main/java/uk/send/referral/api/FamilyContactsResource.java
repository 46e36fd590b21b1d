package uk.send.referral.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.referral.family.FamilyAccess;

/** What a case worker does about a family contact's access to a referral. */
@Path("/api/referrals/{id}/family-contacts/{contactId}")
@RolesAllowed(Caller.CASEWORKER)
public class FamilyContactsResource {

    private final FamilyAccess familyAccess;

    FamilyContactsResource(FamilyAccess familyAccess) {
        this.familyAccess = familyAccess;
    }

    @POST
    @Path("/invitation")
    @Operation(summary = "Send the contact a new invitation code; any code sent before stops working")
    public Response reinvite(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId) {
        familyAccess.reinvite(id, contactId);
        return Response.accepted().build();
    }

    @DELETE
    @Path("/invitation")
    @Operation(summary = "Withdraw the contact's unused invitation")
    public Response revoke(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId) {
        familyAccess.revokeInvitation(id, contactId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/link")
    @Operation(summary = "Unlink the family account that accepted the contact's invitation: it sees nothing more")
    public Response unlink(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId) {
        familyAccess.unlink(id, contactId);
        return Response.noContent().build();
    }
}
