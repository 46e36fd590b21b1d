package uk.send.triage.api;

import jakarta.enterprise.context.RequestScoped;

import uk.send.access.CallerIdentity;
import uk.send.contracts.ClinicalService;
import uk.send.triage.CaseNotFound;

/** The clinician calling, and the one service their token limits them to. */
@RequestScoped
public class Clinician {

    private final CallerIdentity identity;

    Clinician(CallerIdentity identity) {
        this.identity = identity;
    }

    public String username() {
        return identity.username();
    }

    /** The clinician's service; a clinician without one sees nothing, as if nothing existed. */
    public ClinicalService service() {
        try {
            return ClinicalService.valueOf(identity.claim("clinical_service").orElseThrow(CaseNotFound::new));
        } catch (IllegalArgumentException e) {
            throw new CaseNotFound();
        }
    }
}
