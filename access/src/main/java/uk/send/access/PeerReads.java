package uk.send.access;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Reads from the platform's other services for a page or an answer of this one, with the signed-in caller's own
 * token: the other service decides, as for any read, what this caller may see, and records that they saw it. A read
 * only, never on the path of a change; a service that does not answer within seconds is an empty answer, which the
 * caller shows as such rather than as nothing.
 */
@ApplicationScoped
public class PeerReads {

    private static final Duration CONNECT = Duration.ofSeconds(3);
    private static final Duration ANSWER = Duration.ofSeconds(10);

    private final SecurityIdentity identity;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).build();

    PeerReads(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The body of a 200 answer as text; empty for any other answer or none. */
    public Optional<String> text(String url) {
        return send(url, HttpResponse.BodyHandlers.ofString()).map(HttpResponse::body);
    }

    /** A 200 answer with its body as bytes (a file), headers included; empty otherwise. */
    public Optional<HttpResponse<byte[]>> bytes(String url) {
        return send(url, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> Optional<HttpResponse<T>> send(String url, HttpResponse.BodyHandler<T> handler) {
        try {
            String token = identity.getCredential(AccessTokenCredential.class).getToken();
            HttpResponse<T> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(ANSWER)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json, */*").GET()
                    .build(), handler);
            return answer.statusCode() == 200 ? Optional.of(answer) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (IOException | IllegalArgumentException unanswered) {
            return Optional.empty();
        }
    }
}
