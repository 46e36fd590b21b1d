package uk.send.referral;

import uk.send.problems.Refusal;

/** No referral with this id that the caller may see: answered with 404 whether it exists or not. */
public class ReferralNotFound extends Refusal.NotFound {

    public ReferralNotFound() {
        super("No such referral");
    }
}
