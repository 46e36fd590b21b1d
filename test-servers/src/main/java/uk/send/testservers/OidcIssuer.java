package uk.send.testservers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal OpenID Connect issuer for tests: it publishes a discovery document and its RSA signing key, as Keycloak
 * does for realm {@code send}, so services verify real RS256 signatures exactly as in production. Tokens are minted
 * by {@link Tokens}. One per test JVM, on a free port.
 */
public final class OidcIssuer {

    private static OidcIssuer instance;

    private final HttpServer server;
    private final RsaJsonWebKey signingKey;
    private final String issuer;

    private OidcIssuer() throws IOException, JoseException {
        signingKey = RsaJwkGenerator.generateJwk(2048);
        signingKey.setKeyId("send-test-key");
        signingKey.setAlgorithm("RS256");
        signingKey.setUse("sig");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/send";
        server.createContext("/realms/send/.well-known/openid-configuration", this::discovery);
        server.createContext("/realms/send/protocol/openid-connect/certs", this::keys);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "oidc-test-issuer");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static synchronized OidcIssuer get() {
        if (instance == null) {
            try {
                instance = new OidcIssuer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JoseException e) {
                throw new IllegalStateException("Cannot generate the signing key", e);
            }
        }
        return instance;
    }

    public String issuer() {
        return issuer;
    }

    RsaJsonWebKey signingKey() {
        return signingKey;
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String base = issuer + "/protocol/openid-connect";
        respond(exchange, """
                {"issuer":"%s","jwks_uri":"%s/certs","authorization_endpoint":"%s/auth",\
                "token_endpoint":"%s/token","userinfo_endpoint":"%s/userinfo","end_session_endpoint":"%s/logout",\
                "id_token_signing_alg_values_supported":["RS256"],"response_types_supported":["code"],\
                "subject_types_supported":["public"]}""".formatted(issuer, base, base, base, base, base));
    }

    private void keys(HttpExchange exchange) throws IOException {
        respond(exchange, "{\"keys\":[" + signingKey.toJson() + "]}");
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
