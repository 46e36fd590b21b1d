package uk.send.referral.api;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import uk.send.access.CallerIdentity;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.RecipientType;
import uk.send.referral.Referral;
import uk.send.referral.ReferralSearch;

/**
 * What the caller may do with referrals: their role and the scope it is limited to (a SENCO's school, a clinician's
 * service). A family member's scope is not in the token at all: it is the links their account made by accepting
 * invitations ({@link uk.send.referral.family.FamilyAccess}).
 */
@RequestScoped
public class Caller {

    static final String SENCO = CallerIdentity.SENCO;
    static final String CLINICIAN = CallerIdentity.CLINICIAN;
    static final String CASEWORKER = CallerIdentity.CASEWORKER;
    static final String FAMILY = CallerIdentity.FAMILY;

    private final CallerIdentity identity;

    Caller(CallerIdentity identity) {
        this.identity = identity;
    }

    /** Stable across sessions: the token's subject. */
    String id() {
        return identity.subject();
    }

    String username() {
        return identity.username();
    }

    boolean is(String role) {
        return identity.is(role);
    }

    boolean emailVerified() {
        return identity.emailVerified();
    }

    Optional<String> schoolUrn() {
        return identity.claim("school_urn");
    }

    Optional<ClinicalService> clinicalService() {
        return identity.claim("clinical_service").flatMap(value -> {
            try {
                return Optional.of(ClinicalService.valueOf(value));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** How this member of staff reads staff's free text: a SENCO as the school; clinicians and case workers as staff. */
    public RecipientType reader() {
        return is(CASEWORKER) || is(CLINICIAN) ? RecipientType.CASEWORKER : RecipientType.SCHOOL;
    }

    /** The referrals this member of staff may list: by role, within the role's scope. */
    public ReferralSearch.Scope scope() {
        return new ReferralSearch.Scope(is(CASEWORKER),
                is(SENCO) ? schoolUrn() : Optional.empty(),
                is(CLINICIAN) ? clinicalService() : Optional.empty());
    }

    /** Whether this member of staff may read the referral: by role and within the role's scope. */
    public boolean canRead(Referral referral) {
        if (is(CASEWORKER)) {
            return true;
        }
        if (is(SENCO) && schoolUrn().filter(referral.schoolUrn()::equals).isPresent()) {
            return true;
        }
        return is(CLINICIAN) && clinicalService().filter(s -> s == referral.service()).isPresent();
    }

    /** A clinician's question is answered by the SENCO of the referral's school. */
    boolean canAnswer(Referral referral) {
        return is(SENCO) && schoolUrn().filter(referral.schoolUrn()::equals).isPresent();
    }

    /** A referral is withdrawn, and its family contacts corrected, by its school's SENCO or a case worker. */
    boolean canManage(Referral referral) {
        return is(CASEWORKER) || (is(SENCO) && schoolUrn().filter(referral.schoolUrn()::equals).isPresent());
    }
}
