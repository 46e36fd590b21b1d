package uk.send.referral.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateExtension;
import uk.send.access.CallerIdentity;
import uk.send.access.FormToken;
import uk.send.referral.api.FamilyReferralView;
import uk.send.referral.api.FamilyViews;
import uk.send.referral.family.FamilyAccess;
import uk.send.referral.family.FamilyConfig;
import uk.send.referral.family.InvitationRefused;

/**
 * The family's page: where each of their children's referrals stands, in plain words, with the waiting place, the
 * support offered, what happens next and their own contact details; and the box for the code of an invitation. The
 * same view as {@code GET /api/family/referrals}, reached by signing in through Keycloak.
 */
@Path("/family/referrals")
@RolesAllowed(CallerIdentity.FAMILY)
@Produces(MediaType.TEXT_HTML)
public class FamilyPage {

    private final CallerIdentity caller;
    private final FamilyAccess familyAccess;
    private final FamilyViews views;
    private final FormToken formToken;
    private final JsonWebToken session;
    private final Template page;
    private final String messagesUrl;

    FamilyPage(CallerIdentity caller, FamilyAccess familyAccess, FamilyViews views, FormToken formToken,
            JsonWebToken session, @Location("family/referrals.html") Template page,
            FamilyConfig config) {
        this.caller = caller;
        this.familyAccess = familyAccess;
        this.views = views;
        this.formToken = formToken;
        this.session = session;
        this.page = page;
        this.messagesUrl = config.messagesUrl();
    }

    @GET
    @Transactional
    public Response show(@QueryParam("linked") boolean linked) {
        return render(200, linked ? "The code was accepted: the referral is now shown below." : null, null, "");
    }

    @POST
    @Path("/invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@FormParam("code") String code, @FormParam("csrf") String csrf) {
        if (!formToken.matches(session, csrf)) {
            return Response.status(403).type(MediaType.TEXT_PLAIN)
                    .entity("This form has expired. Go back, reload the page and try again.").build();
        }
        if (!caller.emailVerified()) {
            return inTransaction(403, "Your email address has not been verified yet. Follow the link in the email "
                    + "sent when you signed up, then try again.", code);
        }
        if (code == null || code.isBlank()) {
            return inTransaction(400, "Enter the code from your invitation", code);
        }
        try {
            familyAccess.accept(code, caller.subject());
        } catch (InvitationRefused refused) {
            return inTransaction(400, refused.getMessage(), code);
        }
        return Response.seeOther(URI.create("/family/referrals?linked=true")).build();
    }

    private Response inTransaction(int status, String codeError, String code) {
        return QuarkusTransaction.requiringNew()
                .call(() -> render(status, null, codeError, code == null ? "" : code));
    }

    private Response render(int status, String confirmation, String codeError, String code) {
        List<FamilyReferralView> referrals = caller.emailVerified() ? views.all("family page") : List.of();
        String html = page.data("referrals", referrals)
                .data("verified", caller.emailVerified())
                .data("confirmation", confirmation)
                .data("codeError", codeError)
                .data("code", code)
                .data("csrf", formToken.issue(session))
                .data("messagesUrl", messagesUrl)
                .render();
        return Response.status(status).type(MediaType.TEXT_HTML).entity(html).build();
    }

    /** Dates on the page as people write them: 3 November 2026. */
    @TemplateExtension
    static String written(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(date);
    }
}
