package uk.send.notification.api;

import java.util.ArrayList;
import java.util.HashMap;
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

/** What the SEND case work team checks: that every closure was told, and what each referral's notices did. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("caseworker")
public class CaseworkerResource {

    private final ClosureAudit audit;
    private final AccessRecords accessRecords;

    CaseworkerResource(ClosureAudit audit, AccessRecords accessRecords) {
        this.audit = audit;
        this.accessRecords = accessRecords;
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
        Map<UUID, List<Channel>> tried = channelsTried(found.stream().map(notice -> notice.id).toList());
        List<NoticeView> notices = found.stream()
                .map(notice -> NoticeView.of(notice, tried.getOrDefault(notice.id, List.of()))).toList();
        if (!notices.isEmpty()) {
            accessRecords.referralShown(referralId, "notices");
        }
        return notices;
    }

    /** The channels each notice was tried on, in order: "text message, then letter" when a text could not go. */
    private static Map<UUID, List<Channel>> channelsTried(List<UUID> noticeIds) {
        Map<UUID, List<Channel>> tried = new HashMap<>();
        if (noticeIds.isEmpty()) {
            return tried;
        }
        List<Object[]> rows = Notice.getEntityManager().createNativeQuery("SELECT notice_id, channel "
                + "FROM delivery_attempt WHERE notice_id = ANY(?1) ORDER BY attempted_at", Object[].class)
                .setParameter(1, noticeIds.toArray(UUID[]::new)).getResultList();
        for (Object[] row : rows) {
            List<Channel> channels = tried.computeIfAbsent((UUID) row[0], id -> new ArrayList<>());
            Channel channel = Channel.valueOf((String) row[1]);
            if (channels.isEmpty() || channels.get(channels.size() - 1) != channel) {
                channels.add(channel);
            }
        }
        return tried;
    }
}
