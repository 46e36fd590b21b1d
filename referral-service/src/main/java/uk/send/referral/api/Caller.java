package uk.send.referral.api;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.RecipientType;
import uk.send.referral.Referral;

/**
 * Who is calling, read from the verified access token: their role and the scope it is limited to (a SENCO's school,
 * a clinician's service). A family member's scope is not in the token at all: it is the links their account made by
 * accepting invitations ({@link uk.send.referral.family.FamilyAccess}).
 */
@RequestScoped
public class Caller {

    static final String SENCO = "senco";
    static final String CLINICIAN = "clinician";
    static final String CASEWORKER = "caseworker";
    static final String FAMILY = "family";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** Stable across sessions: the token's subject. */
    String id() {
        return token.getSubject();
    }

    String username() {
        return Optional.ofNullable(token.<String>getClaim("preferred_username")).orElse(token.getSubject());
    }

    boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The role under which this caller is acting, for the audit log. Case worker wins if several apply. */
    String role() {
        for (String role : new String[] {CASEWORKER, CLINICIAN, SENCO, FAMILY}) {
            if (is(role)) {
                return role;
            }
        }
        return "none";
    }

    Optional<String> schoolUrn() {
        return claim("school_urn");
    }

    Optional<ClinicalService> clinicalService() {
        return claim("clinical_service").flatMap(value -> {
            try {
                return Optional.of(ClinicalService.valueOf(value));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Whether the identity provider has verified the caller's email address. A family account with an unverified
     * address is refused everything: its holder has not shown they can read the mail sent to it.
     */
    boolean emailVerified() {
        Object value = token.getClaim("email_verified");
        if (value instanceof jakarta.json.JsonValue json) {
            return json == jakarta.json.JsonValue.TRUE;
        }
        return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
    }

    /** How this member of staff reads staff's free text: a SENCO as the school; clinicians and case workers as staff. */
    RecipientType reader() {
        return is(CASEWORKER) || is(CLINICIAN) ? RecipientType.CASEWORKER : RecipientType.SCHOOL;
    }

    /** Whether this member of staff may read the referral: by role and within the role's scope. */
    boolean canRead(Referral referral) {
        if (is(CASEWORKER)) {
            return true;
        }
        if (is(SENCO) && schoolUrn().filter(referral.schoolUrn()::equals).isPresent()) {
            return true;
        }
        return is(CLINICIAN) && clinicalService().filter(s -> s == referral.service()).isPresent();
    }

    /** A referral can be withdrawn by its school's SENCO or a case worker. */
    boolean canWithdraw(Referral referral) {
        return is(CASEWORKER) || (is(SENCO) && schoolUrn().filter(referral.schoolUrn()::equals).isPresent());
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            value = json.getString();
        }
        return value == null ? Optional.empty() : Optional.of(value.toString()).filter(s -> !s.isBlank());
    }
}
