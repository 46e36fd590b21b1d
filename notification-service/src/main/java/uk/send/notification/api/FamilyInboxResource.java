package uk.send.notification.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import uk.send.contracts.ReferralStatus;
import uk.send.notification.Notice;
import uk.send.notification.NoticeText;
import uk.send.notification.ReferralCopy;

/**
 * A family's own notices, newest first, with each referral's current status: as JSON for apps, and as a plain page.
 * Only notices addressed to the email in the family member's token are shown.
 */
@Path("/")
@RolesAllowed("family")
public class FamilyInboxResource {

    // Two root resources: a class at "/api/family" would never be reached past CaseworkerResource's "/api".

    /** A notice in the family's inbox. */
    public record InboxMessage(UUID id, UUID referralId, String childName, String service,
            ReferralStatus referralStatus, String referralStatusText, String subject, String body,
            Instant createdAt) {
    }

    private final JsonWebToken token;
    private final Template page;

    FamilyInboxResource(JsonWebToken token, @Location("family.html") Template page) {
        this.token = token;
        this.page = page;
    }

    @GET
    @Path("/api/family/notifications")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The notices sent to the calling family member, newest first")
    public List<InboxMessage> notifications() {
        String email = email();
        if (email == null) {
            return List.of();
        }
        List<Notice> notices = Notice.list("recipientType = uk.send.contracts.RecipientType.FAMILY "
                + "AND lower(email) = ?1 ORDER BY createdAt DESC", email);
        Map<UUID, ReferralCopy> referrals = notices.stream().map(n -> n.referralId).distinct()
                .map(id -> ReferralCopy.<ReferralCopy>findById(id))
                .collect(Collectors.toMap(r -> r.referralId, r -> r));
        return notices.stream().map(n -> {
            ReferralCopy referral = referrals.get(n.referralId);
            return new InboxMessage(n.id, n.referralId, referral.childGivenName,
                    NoticeText.serviceName(referral.service), referral.status,
                    NoticeText.lowerWords(referral.status), n.subject, n.body, n.createdAt);
        }).toList();
    }

    @GET
    @Path("/family")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance inbox() {
        return page.data("messages", notifications());
    }

    private String email() {
        Object claim = token.getClaim("email");
        if (claim instanceof JsonString json) {
            claim = json.getString();
        }
        return claim == null || claim.toString().isBlank() ? null : claim.toString().toLowerCase();
    }
}
