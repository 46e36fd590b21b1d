package uk.send.referral.api;

import uk.send.problems.Refusal;

/** A family account whose email address the identity provider has not verified. */
public class EmailNotVerified extends Refusal.Forbidden {

    public EmailNotVerified() {
        super("Your email address has not been verified yet. Follow the link in the email sent when you signed up, "
                + "then try again.");
    }
}
