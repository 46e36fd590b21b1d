package uk.send.notification.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.access.AccessRecords;
import uk.send.access.CallerIdentity;
import uk.send.contracts.ReferralStatus;
import uk.send.notification.FamilyInbox;
import uk.send.notification.Notice;
import uk.send.notification.NoticeKind;
import uk.send.notification.NoticeText;
import uk.send.notification.NotificationConfig;
import uk.send.notification.ReferralCopy;

/**
 * A family's own notices, newest first, with each referral's current status, for the family page (referral-service,
 * which reads them with the family's own token) and for apps. Only notices addressed to a family contact that the
 * caller's account is linked to (by accepting that contact's invitation) are shown; the email in a token is never
 * used to decide, and an account whose email the identity provider has not verified sees nothing.
 */
@Path("/")
@RolesAllowed("family")
public class FamilyInboxResource {

    // Two root resources: a class at "/api/family" would never be reached past CaseworkerResource's "/api".

    /**
     * A notice in the family's inbox: what it is about, and the language it was written in ({@code language}), which
     * is English when there is no translation into the language the family asked for.
     */
    public record InboxMessage(UUID id, UUID referralId, String reference, String childName, String service,
            ReferralStatus referralStatus, String referralStatusText, NoticeKind about, String subject, String body,
            String language, Instant createdAt) {
    }

    private final CallerIdentity caller;
    private final FamilyInbox inbox;
    private final AccessRecords accessRecords;
    private final URI familyPage;

    FamilyInboxResource(CallerIdentity caller, FamilyInbox inbox, AccessRecords accessRecords,
            NotificationConfig config) {
        this.caller = caller;
        this.inbox = inbox;
        this.accessRecords = accessRecords;
        this.familyPage = URI.create(config.familyReferralsUrl());
    }

    @GET
    @Path("/api/family/notifications")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The notices sent to the calling family member, newest first, a page at a time",
            description = "referralId keeps to one referral's notices; page counts from 1.")
    public List<InboxMessage> notifications(@QueryParam("referralId") UUID referralId,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(100) int size) {
        if (!caller.emailVerified()) {
            throw new ForbiddenException("Your email address has not been verified yet.");
        }
        List<Notice> notices = inbox.of(caller.subject(), referralId, page, size);
        Map<UUID, ReferralCopy> referrals = notices.stream().map(n -> n.referralId).distinct()
                .map(id -> ReferralCopy.<ReferralCopy>findById(id))
                .collect(Collectors.toMap(r -> r.referralId, r -> r));
        accessRecords.referralsShown(referrals.keySet(), "family inbox");
        return notices.stream().map(n -> {
            ReferralCopy referral = referrals.get(n.referralId);
            return new InboxMessage(n.id, n.referralId, referral.shownReference(), referral.childGivenName,
                    NoticeText.serviceName(referral.service), referral.status,
                    NoticeText.lowerWords(referral.status), n.kind, n.subject, n.body, n.language, n.createdAt);
        }).toList();
    }

    /**
     * Where every family notice points: the family's page, which shows each referral with its messages. Kept here so
     * that the link in a notice already sent keeps working.
     */
    @GET
    @Path("/family")
    public Response inbox() {
        return Response.seeOther(familyPage).build();
    }
}
