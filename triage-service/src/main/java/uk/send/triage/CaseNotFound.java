package uk.send.triage;

import uk.send.problems.Refusal;

/** No referral with this id in the clinician's service: 404, whether it exists elsewhere or not. */
public class CaseNotFound extends Refusal.NotFound {

    public CaseNotFound() {
        super("No such referral in your service");
    }
}
