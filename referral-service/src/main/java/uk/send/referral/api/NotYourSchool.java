package uk.send.referral.api;

import uk.send.problems.Refusal;

/** A SENCO submitting for a school other than the one in their token. */
public class NotYourSchool extends Refusal.Forbidden {

    public NotYourSchool() {
        super("You can refer children only for your own school");
    }
}
