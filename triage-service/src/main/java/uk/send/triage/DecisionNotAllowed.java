package uk.send.triage;

import uk.send.problems.Refusal;

/** A decision the referral's stage does not allow: 409, nothing recorded or published. */
public class DecisionNotAllowed extends Refusal.Conflict {

    public DecisionNotAllowed(String message) {
        super(message);
    }
}
