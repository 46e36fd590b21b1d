package uk.send.notification.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import uk.send.access.AccessRecords;
import uk.send.access.CallerIdentity;
import uk.send.contracts.ReferralStatus;
import uk.send.notification.Notice;
import uk.send.notification.NotificationConfig;
import uk.send.notification.NoticeText;
import uk.send.notification.ReferralCopy;

/**
 * A family's own notices, newest first, with each referral's current status: as JSON for apps, and as a plain page.
 * Only notices addressed to a family contact that the caller's account is linked to (by accepting that contact's
 * invitation) are shown; the email in a token is never used to decide, and an account whose email the identity
 * provider has not verified sees nothing.
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

    private final CallerIdentity caller;
    private final AccessRecords accessRecords;
    private final Template page;
    private final String referralsUrl;

    FamilyInboxResource(CallerIdentity caller, AccessRecords accessRecords, @Location("family.html") Template page,
            NotificationConfig config) {
        this.caller = caller;
        this.accessRecords = accessRecords;
        this.page = page;
        this.referralsUrl = config.familyReferralsUrl();
    }

    @GET
    @Path("/api/family/notifications")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The notices sent to the calling family member, newest first")
    public List<InboxMessage> notifications() {
        if (!caller.emailVerified()) {
            throw new ForbiddenException("Your email address has not been verified yet.");
        }
        List<Notice> notices = Notice.getEntityManager().createQuery("SELECT n FROM Notice n, Recipient r "
                + "WHERE r.referralId = n.referralId AND r.recipientKey = n.recipientKey "
                + "AND r.linkedSubject = :subject AND n.recipientType = uk.send.contracts.RecipientType.FAMILY "
                + "ORDER BY n.createdAt DESC", Notice.class).setParameter("subject", caller.subject())
                .getResultList();
        Map<UUID, ReferralCopy> referrals = notices.stream().map(n -> n.referralId).distinct()
                .map(id -> ReferralCopy.<ReferralCopy>findById(id))
                .collect(Collectors.toMap(r -> r.referralId, r -> r));
        accessRecords.referralsShown(referrals.keySet(), "family inbox");
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
        return page.data("messages", notifications()).data("referralsUrl", referralsUrl);
    }
}
