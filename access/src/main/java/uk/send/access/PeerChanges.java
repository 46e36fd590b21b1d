package uk.send.access;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Asks another of the platform's services to make a change a signed-in person made on a page of this one, such as a
 * case worker marking a letter posted in the portal: with the person's own token, so the other service decides
 * whether they may, and records that they did. The other service owns the change; this one only passes it on and
 * tells the person how it went.
 */
@ApplicationScoped
public class PeerChanges {

    private static final Duration CONNECT = Duration.ofSeconds(3);
    private static final Duration ANSWER = Duration.ofSeconds(10);

    private final SecurityIdentity identity;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).build();

    PeerChanges(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** POSTs to the URL with no body; the answer's status, or empty when the service did not answer. */
    public OptionalInt post(String url) {
        try {
            String token = identity.getCredential(AccessTokenCredential.class).getToken();
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(ANSWER)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            return OptionalInt.of(answer.statusCode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        } catch (IOException | IllegalArgumentException unanswered) {
            return OptionalInt.empty();
        }
    }
}
