package uk.send.referral.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;
import uk.send.access.CallerIdentity;
import uk.send.contracts.Channel;
import uk.send.referral.api.FamilyReferralView;
import uk.send.referral.api.FamilyViews;
import uk.send.referral.family.FamilyAccess;
import uk.send.referral.family.InvitationRefused;

/**
 * The family's page: for each of their children's referrals, a summary of where it stands in plain words (the date it
 * got there, the waiting place and estimated wait as of today, the support offered, what happens next, who to
 * contact and how we contact them), then the messages about it, newest first, a few at a time; and the box for the
 * code of an invitation. The same view as {@code GET /api/family/referrals}, reached by signing in through Keycloak.
 */
@Path("/family/referrals")
@RolesAllowed(CallerIdentity.FAMILY)
@Produces(MediaType.TEXT_HTML)
public class FamilyPage {

    /** A referral's summary with the page of its messages shown. */
    @TemplateData
    public record Card(FamilyReferralView referral, FamilyMessages.MessagePage messages) {
    }

    private final CallerIdentity caller;
    private final FamilyAccess familyAccess;
    private final FamilyViews views;
    private final FamilyMessages messages;
    private final FormToken formToken;
    private final JsonWebToken session;
    private final Template page;

    FamilyPage(CallerIdentity caller, FamilyAccess familyAccess, FamilyViews views, FamilyMessages messages,
            FormToken formToken, JsonWebToken session, @Location("family/referrals.html") Template page) {
        this.caller = caller;
        this.familyAccess = familyAccess;
        this.views = views;
        this.messages = messages;
        this.formToken = formToken;
        this.session = session;
        this.page = page;
    }

    /**
     * The page; {@code referral} and {@code page} page through one referral's messages, the others showing their
     * newest.
     */
    @GET
    public Response show(@QueryParam("linked") boolean linked, @QueryParam("changed") boolean changed,
            @QueryParam("ehcRequested") boolean ehcRequested, @QueryParam("referral") UUID paged,
            @QueryParam("page") Integer pageNumber) {
        String confirmation = linked ? "The code was accepted: the referral is now shown below."
                : changed ? "Your contact preferences are saved. We will use them for the next message we send you."
                : ehcRequested ? "Your request for an EHC needs assessment has been sent to the SEND team. They will "
                        + "decide within 6 weeks whether to carry it out, and write to tell you and the school."
                : null;
        int messagePage = pageNumber == null || pageNumber < 1 ? 1 : Math.min(pageNumber, 10_000);
        List<FamilyReferralView> referrals = QuarkusTransaction.requiringNew()
                .call(() -> caller.emailVerified() ? views.all("family page") : List.<FamilyReferralView>of());
        // Messages are read after the page's own transaction: another service is not waited on while it is open.
        List<Card> cards = referrals.stream().map(r -> new Card(r, messages.of(r.id(),
                r.id().equals(paged) ? messagePage : 1))).toList();
        return render(200, cards, confirmation, null, "");
    }

    @POST
    @Path("/{id}/ehc-assessment-request")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askForEhcAssessment(@PathParam("id") UUID id, @FormParam("csrf") String csrf) {
        if (!formToken.matches(session, csrf)) {
            return FamilyForms.expired();
        }
        QuarkusTransaction.requiringNew().run(() -> views.askForEhcAssessment(id));
        return Response.seeOther(URI.create("/family/referrals?ehcRequested=true")).build();
    }

    @POST
    @Path("/invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@FormParam("code") String code, @FormParam("csrf") String csrf) {
        if (!formToken.matches(session, csrf)) {
            return FamilyForms.expired();
        }
        if (!caller.emailVerified()) {
            return withCards(403, "Your email address has not been verified yet. Follow the link in the email "
                    + "sent when you signed up, then try again.", code);
        }
        if (code == null || code.isBlank()) {
            return withCards(400, "Enter the code from your invitation", code);
        }
        try {
            familyAccess.accept(code, caller.subject());
        } catch (InvitationRefused refused) {
            return withCards(400, refused.getMessage(), code);
        }
        return Response.seeOther(URI.create("/family/referrals?linked=true")).build();
    }

    private Response withCards(int status, String codeError, String code) {
        List<Card> cards = QuarkusTransaction.requiringNew().call(() -> caller.emailVerified()
                ? views.all("family page").stream().map(r -> new Card(r, null)).toList() : List.<Card>of());
        return render(status, cards, null, codeError, code == null ? "" : code);
    }

    private Response render(int status, List<Card> cards, String confirmation, String codeError, String code) {
        String html = page.data("cards", cards)
                .data("verified", caller.emailVerified())
                .data("confirmation", confirmation)
                .data("codeError", codeError)
                .data("code", code)
                .data("csrf", formToken.issue(session))
                .render();
        return Response.status(status).type(MediaType.TEXT_HTML).entity(html).build();
    }

    /** A place in a queue as people say it: 1st, 2nd, 3rd, 11th, 22nd. */
    @TemplateExtension
    static String ordinal(Integer place) {
        int lastTwo = place % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (place % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return place + suffix;
    }

    /** How a notice reaches the family, in their words. */
    @TemplateExtension
    static String channelWords(Channel channel) {
        return switch (channel) {
            case EMAIL -> "By email";
            case SMS -> "By text message";
            case LETTER -> "By letter";
        };
    }

    /** Dates on the page as people write them: 3 November 2026. */
    @TemplateExtension
    static String written(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(date);
    }
}
