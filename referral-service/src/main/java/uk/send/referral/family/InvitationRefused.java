package uk.send.referral.family;

import uk.send.problems.Refusal;

/**
 * An invitation code that cannot be used. One message whatever the cause (unknown, mistyped, expired, used, revoked),
 * so a refusal tells nobody whether a code, a child or a referral exists.
 */
public class InvitationRefused extends Refusal.Forbidden {

    public InvitationRefused() {
        super("This code cannot be used. It may have been typed wrongly, have expired or have been used already. "
                + "Ask your child's school or the SEND team to send you a new one.");
    }

    protected InvitationRefused(String message) {
        super(message);
    }

    /** Too many wrong codes from one account in the last hour. */
    public static InvitationRefused tooManyTries() {
        return new InvitationRefused("Too many codes were entered that could not be used. Wait an hour, then try "
                + "again, or ask your child's school or the SEND team for help.");
    }
}
