package uk.send.referral.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.referral.family.FamilyAccess;

/**
 * The family's own view of their children's referrals, reached only through the links their account made by
 * accepting invitations. A family account whose email the identity provider has not verified is refused.
 */
@Path("/api/family")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.FAMILY)
public class FamilyResource {

    /** The code from an invitation, as the family member typed it. */
    public record Acceptance(@NotBlank @Size(max = 40) String code) {
    }

    private final Caller caller;
    private final FamilyAccess familyAccess;
    private final FamilyViews views;

    FamilyResource(Caller caller, FamilyAccess familyAccess, FamilyViews views) {
        this.caller = caller;
        this.familyAccess = familyAccess;
        this.views = views;
    }

    @GET
    @Path("/referrals")
    @Transactional
    @Operation(summary = "The referrals of every child the family account is linked to, newest first")
    public List<FamilyReferralView> referrals() {
        return views.all("family view list");
    }

    @GET
    @Path("/referrals/{id}")
    @Transactional
    @Operation(summary = "One referral as the family sees it; 404 unless the account is linked to it")
    public FamilyReferralView referral(@PathParam("id") UUID id) {
        return views.one(id, "family view");
    }

    @PUT
    @Path("/referrals/{id}/preferences")
    @Transactional
    @Operation(summary = "Change how the signed-in contact hears about the referral, from the next notice on",
            description = "The channel, the email, mobile and postal address (given whole: one left out is removed), "
                    + "the language and an accessible format. 400 names a detail the channel needs; a language "
                    + "without a translation is accepted, and the view's languageNote says English is sent.")
    public FamilyReferralView preferences(@PathParam("id") UUID id, @NotNull @Valid FamilyPreferences preferences) {
        return views.changePreferences(id, preferences);
    }

    @POST
    @Path("/referrals/{id}/ehc-assessment-request")
    @Transactional
    @Operation(summary = "Ask for an EHC needs assessment for the child of a linked referral",
            description = "Received today: the SEND team decides within 6 weeks whether to assess, and the family and "
                    + "the school are told. Asked again while an assessment is open, it is the same request (202).")
    public Response askForEhcAssessment(@PathParam("id") UUID id) {
        views.askForEhcAssessment(id);
        return Response.accepted().build();
    }

    @POST
    @Path("/invitations")
    @Operation(summary = "Accept an invitation: links the signed-in account to the family contact it was sent to",
            description = "403 with one message for any code that cannot be used (unknown, expired, used, revoked), "
                    + "and after five such codes in an hour.")
    public Map<String, UUID> accept(@NotNull @Valid Acceptance acceptance) {
        requireVerifiedEmail();
        return Map.of("referralId", familyAccess.accept(acceptance.code(), caller.id()));
    }

    private void requireVerifiedEmail() {
        if (!caller.emailVerified()) {
            throw new EmailNotVerified();
        }
    }
}
