package uk.send.referral.api;

/** A SENCO submitting for a school other than the one in their token. */
public class NotYourSchool extends RuntimeException {

    public NotYourSchool() {
        super("You can refer children only for your own school");
    }
}
