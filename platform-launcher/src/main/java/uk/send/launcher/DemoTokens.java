package uk.send.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens for the local realm's demo users, from Keycloak's token endpoint through the public {@code send-cli}
 * client, as a script or a school's system would get them. Tokens are reused until a minute before they expire.
 */
public final class DemoTokens {

    public static final String PASSWORD = "demo";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public DemoTokens(PlatformSettings settings) {
        this.tokenEndpoint = URI.create(settings.issuer() + "/protocol/openid-connect/token");
    }

    /**
     * The user's token, fetched when there is none or it is about to expire. Callers on many threads wait for one
     * sign-in rather than each signing in at once, which Keycloak may refuse as a burst of logins.
     */
    public String forUser(String username) {
        return tokens.compute(username, (user, token) -> token == null
                || Instant.now().isAfter(token.expiresAt().minusSeconds(60)) ? fetch(user) : token).value();
    }

    private Token fetch(String username) {
        String form = "client_id=send-cli&grant_type=password&username=" + encode(username)
                + "&password=" + encode(PASSWORD);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + username + ": HTTP " + response.statusCode() + " "
                        + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return new Token(body.get("access_token").asText(),
                    Instant.now().plusSeconds(body.get("expires_in").asLong()));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer at " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Token(String value, Instant expiresAt) {
    }
}
