package uk.send.referral;

/** An Idempotency-Key sent again with a different body: 422, nothing stored. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("This Idempotency-Key was already used for a different referral");
    }
}
