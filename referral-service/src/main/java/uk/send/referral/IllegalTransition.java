package uk.send.referral;

/** A change the referral's current status does not allow: 409 over HTTP, a recorded conflict over Kafka. */
public class IllegalTransition extends RuntimeException {

    public IllegalTransition(String message) {
        super(message);
    }
}
