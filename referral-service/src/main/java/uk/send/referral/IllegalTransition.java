package uk.send.referral;

import uk.send.problems.Refusal;

/** A change the referral's current status does not allow: 409 over HTTP, a recorded conflict over Kafka. */
public class IllegalTransition extends Refusal.Conflict {

    public IllegalTransition(String message) {
        super(message);
    }
}
