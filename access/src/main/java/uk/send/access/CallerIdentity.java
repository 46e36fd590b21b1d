package uk.send.access;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Who is calling, read from the verified token: their subject, user name, roles and the scope claims of their role.
 * The same in every service, so that the audit names a person the same way wherever they looked.
 */
@RequestScoped
public class CallerIdentity {

    public static final String SENCO = "senco";
    public static final String CLINICIAN = "clinician";
    public static final String CASEWORKER = "caseworker";
    public static final String LEADER = "leader";
    public static final String FAMILY = "family";

    /** When someone holds several roles, the audit names the widest. */
    private static final List<String> ROLES_WIDEST_FIRST = List.of(CASEWORKER, LEADER, CLINICIAN, SENCO, FAMILY);

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final CurrentVertxRequest request;

    CallerIdentity(SecurityIdentity identity, JsonWebToken token, CurrentVertxRequest request) {
        this.identity = identity;
        this.token = token;
        this.request = request;
    }

    /** Stable for the person across sessions and changes of name or email: the token's subject. */
    public String subject() {
        return token.getSubject();
    }

    public String username() {
        return claim("preferred_username").orElseGet(this::subject);
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The role under which this caller is acting, for the audit. */
    public String role() {
        return ROLES_WIDEST_FIRST.stream().filter(this::is).findFirst().orElse("none");
    }

    /** A claim of the token as text, if present and not blank. */
    public Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            value = json.getString();
        }
        return value == null ? Optional.empty() : Optional.of(value.toString()).filter(s -> !s.isBlank());
    }

    /**
     * Whether the identity provider has verified the caller's email address. A family account without a verified
     * address is refused everything: its holder has not shown they read the mail sent to it.
     */
    public boolean emailVerified() {
        Object value = token.getClaim("email_verified");
        if (value instanceof JsonValue json) {
            return json == JsonValue.TRUE;
        }
        return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
    }

    /** Where the request came from, as the nearest trusted proxy reports it (forwarded-header settings). */
    public String address() {
        if (request.getCurrent() == null || request.getCurrent().request().remoteAddress() == null) {
            return null;
        }
        return request.getCurrent().request().remoteAddress().hostAddress();
    }
}
