package uk.send.referral;

import uk.send.problems.Refusal;

/** An Idempotency-Key sent again with a different body: 422, nothing stored. */
public class IdempotencyKeyReused extends Refusal.Unprocessable {

    public IdempotencyKeyReused() {
        super("This Idempotency-Key was already used for a different referral");
    }
}
