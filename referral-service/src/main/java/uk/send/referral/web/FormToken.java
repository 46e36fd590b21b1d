package uk.send.referral.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Protects every form of the family page against cross-site request forgery: each form carries a token that only this
 * service can compute for the signed-in person's session, and a post without the right token changes nothing.
 * (The clinicians' portal uses Quarkus' CSRF filter; here it cannot serve, because that filter asks every multipart
 * post for a form token, and schools send their answers' files to this service's API as multipart with a bearer
 * token.) The
 * key comes from {@code access.form-key} ({@code ACCESS_FORM_KEY}): every instance of a service needs the same one,
 * or a form shown by one instance is refused by the next; without it each start makes its own.
 */
@ApplicationScoped
public class FormToken {

    private final byte[] key;

    FormToken(@ConfigProperty(name = "access.form-key") Optional<String> configuredKey) {
        if (configuredKey.isPresent()) {
            key = configuredKey.get().getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
    }

    public String issue(JsonWebToken session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(sessionOf(session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(JsonWebToken session, String presented) {
        return presented != null && MessageDigest.isEqual(issue(session).getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    /** The sign-in session: Keycloak's session id where there is one, else the token's subject and issue time. */
    private static String sessionOf(JsonWebToken token) {
        Object sid = token.getClaim("sid");
        return token.getSubject() + "|" + (sid != null ? sid.toString() : String.valueOf(token.getIssuedAtTime()));
    }
}
