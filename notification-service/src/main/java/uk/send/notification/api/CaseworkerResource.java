package uk.send.notification.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.access.AccessRecords;
import uk.send.contracts.Channel;
import uk.send.notification.Notice;
import uk.send.notification.audit.ClosureAudit;
import uk.send.notification.delivery.DeliveryAttempts;

/** What the SEND case work team checks: that every closure was told, and what each referral's notices did. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("caseworker")
public class CaseworkerResource {

    private final ClosureAudit audit;
    private final AccessRecords accessRecords;
    private final DeliveryAttempts attempts;

    CaseworkerResource(ClosureAudit audit, AccessRecords accessRecords, DeliveryAttempts attempts) {
        this.audit = audit;
        this.accessRecords = accessRecords;
        this.attempts = attempts;
    }

    @GET
    @Path("/api/closure-audit")
    @Operation(summary = "Closed referrals seen, fully notified, pending and failed, and those not notified within "
            + "the SLA")
    public ClosureAudit.Report closureAudit() {
        return audit.report();
    }

    @GET
    @Path("/api/notifications")
    @Transactional
    @Operation(summary = "Every notice of a referral, oldest first")
    public List<NoticeView> notices(@QueryParam("referralId") @NotNull UUID referralId) {
        List<Notice> found = Notice.list("referralId = ?1 ORDER BY createdAt, recipientKey", referralId);
        Map<UUID, List<Channel>> tried = attempts.channelsTried(found.stream().map(notice -> notice.id).toList());
        List<NoticeView> notices = found.stream()
                .map(notice -> NoticeView.of(notice, tried.getOrDefault(notice.id, List.of()))).toList();
        if (!notices.isEmpty()) {
            accessRecords.referralShown(referralId, "notices");
        }
        return notices;
    }
}
