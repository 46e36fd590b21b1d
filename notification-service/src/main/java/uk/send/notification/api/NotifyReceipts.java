package uk.send.notification.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.send.notification.NotificationConfig;
import uk.send.notification.delivery.Receipts;

/**
 * GOV.UK Notify's callbacks: delivery receipts and returned letters. Notify authenticates with the bearer token
 * configured for its callbacks, not with a user's token, so these are open to the network and check that token
 * themselves. A receipt Notify sends is answered 200 whatever it says, applied or ignored, so that Notify does not
 * keep re-sending one that can never apply.
 */
@Path("/api/notify")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
public class NotifyReceipts {

    /** A delivery receipt: {@code id} is Notify's notification id, {@code reference} the notice id sent with it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Receipt(String id, String reference, String status,
            @JsonProperty("notification_type") String notificationType) {
    }

    /** A letter the post office returned to Notify. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReturnedLetter(@JsonProperty("notification_id") String notificationId, String reference) {
    }

    private final NotificationConfig config;
    private final Receipts receipts;

    NotifyReceipts(NotificationConfig config, Receipts receipts) {
        this.config = config;
        this.receipts = receipts;
    }

    @POST
    @Path("/receipts")
    @Operation(summary = "GOV.UK Notify's delivery receipts (Notify's callback bearer token)")
    public Response receive(@HeaderParam("Authorization") String authorization, Receipt receipt) {
        if (!fromNotify(authorization)) {
            return Response.status(401).build();
        }
        if (receipt != null) {
            receipts.status(receipt.id(), receipt.notificationType(), receipt.status());
        }
        return Response.ok().build();
    }

    @POST
    @Path("/returned-letters")
    @Operation(summary = "GOV.UK Notify's returned letters (Notify's callback bearer token)")
    public Response returned(@HeaderParam("Authorization") String authorization, ReturnedLetter letter) {
        if (!fromNotify(authorization)) {
            return Response.status(401).build();
        }
        if (letter != null) {
            receipts.returnedLetter(letter.notificationId());
        }
        return Response.ok().build();
    }

    private boolean fromNotify(String authorization) {
        String expected = config.govukNotify().callbackToken().map(token -> "Bearer " + token).orElse(null);
        return expected != null && authorization != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), authorization.getBytes(StandardCharsets.UTF_8));
    }
}
