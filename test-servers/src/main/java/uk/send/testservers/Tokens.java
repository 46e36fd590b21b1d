package uk.send.testservers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed access tokens shaped like Keycloak's for realm {@code send}: roles in {@code realm_access.roles} and the
 * scope claims of DESIGN.md ({@code school_urn}, {@code clinical_service}, {@code email}).
 */
public final class Tokens {

    /** The audience every platform token carries, as Keycloak's audience mapper adds it. */
    public static final String AUDIENCE = "send-platform";

    private Tokens() {
    }

    public static String senco(String schoolUrn) {
        return sign(claims("senco." + schoolUrn, List.of("senco")).claim("school_urn", schoolUrn));
    }

    public static String clinician(String clinicalService) {
        return sign(claims("clinician." + clinicalService.toLowerCase(), List.of("clinician"))
                .claim("clinical_service", clinicalService));
    }

    public static String caseworker() {
        return sign(claims("caseworker", List.of("caseworker")));
    }

    /**
     * A family member's token, with the email Keycloak has verified. Its subject depends on the user name alone, so
     * {@link #familyWithEmail} makes the same account with another email in its token.
     */
    public static String family(String email) {
        return familyWithEmail(email, email, true);
    }

    /** The family account {@code username} with whatever email, verified or not, its token now says. */
    public static String familyWithEmail(String username, String email, boolean verified) {
        return sign(claims(username, List.of("family")).claim("email", email).claim("email_verified", verified));
    }

    /** The subject of the tokens of a family account or member of staff, as the services see it. */
    public static String subject(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes()).toString();
    }

    /** A token with the given roles and extra claims, for role and scope edge cases. */
    public static String withRoles(String username, List<String> roles, Map<String, Object> claims) {
        JwtClaimsBuilder builder = claims(username, roles);
        claims.forEach(builder::claim);
        return sign(builder);
    }

    /** A well-formed caseworker token that has already expired. */
    public static String expired() {
        return claims("caseworker", List.of("caseworker"))
                .issuedAt(System.currentTimeMillis() / 1000 - 7200)
                .expiresAt(System.currentTimeMillis() / 1000 - 3600)
                .jws().keyId(OidcIssuer.get().signingKey().getKeyId())
                .sign(OidcIssuer.get().signingKey().getPrivateKey());
    }

    /** A caseworker token signed by a key the issuer never published. */
    public static String forged() {
        try {
            return claims("caseworker", List.of("caseworker")).jws().keyId("send-test-key")
                    .sign(RsaJwkGenerator.generateJwk(2048).getPrivateKey());
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A caseworker token from the right issuer, issued for another application. */
    public static String wrongAudience() {
        return sign(claims("caseworker", List.of("caseworker")).audience("another-application"));
    }

    private static JwtClaimsBuilder claims(String username, List<String> roles) {
        return Jwt.issuer(OidcIssuer.get().issuer())
                .audience(AUDIENCE)
                .subject(subject(username))
                .claim("preferred_username", username)
                .claim("azp", "send-cli")
                .claim("typ", "Bearer")
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(Duration.ofHours(1));
    }

    private static String sign(JwtClaimsBuilder builder) {
        return builder.jws().keyId(OidcIssuer.get().signingKey().getKeyId())
                .sign(OidcIssuer.get().signingKey().getPrivateKey());
    }
}
