package uk.send.triage;

/** A decision the referral's stage does not allow: 409, nothing recorded or published. */
public class DecisionNotAllowed extends RuntimeException {

    public DecisionNotAllowed(String message) {
        super(message);
    }
}
