package uk.send.triage.api;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import uk.send.contracts.ClinicalService;
import uk.send.triage.CaseNotFound;

/** The clinician calling, and the one service their token limits them to. */
@RequestScoped
public class Clinician {

    private final JsonWebToken token;

    Clinician(JsonWebToken token) {
        this.token = token;
    }

    public String username() {
        return Optional.ofNullable(token.<String>getClaim("preferred_username")).orElse(token.getSubject());
    }

    /** The clinician's service; a clinician without one sees nothing, as if nothing existed. */
    public ClinicalService service() {
        Object claim = token.getClaim("clinical_service");
        if (claim instanceof JsonString json) {
            claim = json.getString();
        }
        try {
            return ClinicalService.valueOf(String.valueOf(claim));
        } catch (IllegalArgumentException e) {
            throw new CaseNotFound();
        }
    }
}
