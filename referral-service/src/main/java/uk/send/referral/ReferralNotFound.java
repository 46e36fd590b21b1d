package uk.send.referral;

/** No referral with this id that the caller may see: answered with 404 whether it exists or not. */
public class ReferralNotFound extends RuntimeException {

    public ReferralNotFound() {
        super("No such referral");
    }
}
