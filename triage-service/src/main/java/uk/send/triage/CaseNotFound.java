package uk.send.triage;

/** No referral with this id in the clinician's service: 404, whether it exists elsewhere or not. */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound() {
        super("No such referral in your service");
    }
}
