package uk.send.notification.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.send.notification.Notice;
import uk.send.notification.NoticeStatus;
import uk.send.notification.NotificationConfig;
import uk.send.notification.delivery.DeliveryWorker;

/**
 * GOV.UK Notify's delivery receipts. Notify authenticates with the bearer token configured for the callback, not
 * with a user's token, so the endpoint is open to the network and checks that token itself; the reference it echoes
 * is the notice id.
 */
@Path("/api/notify/receipts")
@PermitAll
public class NotifyReceipts {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Receipt(String id, String reference, String status,
            @JsonProperty("notification_type") String notificationType) {
    }

    private final NotificationConfig config;
    private final DeliveryWorker worker;

    NotifyReceipts(NotificationConfig config, DeliveryWorker worker) {
        this.config = config;
        this.worker = worker;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("Authorization") String authorization, Receipt receipt) {
        String expected = config.govukNotify().callbackToken().map(token -> "Bearer " + token).orElse(null);
        if (expected == null || authorization == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), authorization.getBytes(StandardCharsets.UTF_8))) {
            return Response.status(401).build();
        }
        UUID noticeId;
        try {
            noticeId = UUID.fromString(receipt.reference());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Response.status(400).build();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Notice notice = Notice.findById(noticeId);
            if (notice == null || notice.status != NoticeStatus.SENT) {
                return;
            }
            if ("delivered".equals(receipt.status())) {
                notice.status = NoticeStatus.DELIVERED;
                notice.deliveredAt = Instant.now();
            } else if (receipt.status() != null && receipt.status().endsWith("failure")) {
                // Notify has already retried a temporary failure for days: this channel has failed.
                notice.status = NoticeStatus.PENDING;
                worker.failed(notice, "GOV.UK Notify reported " + receipt.status());
            }
        });
        return Response.noContent().build();
    }
}
