package uk.send.referral.messaging;

/** The consumer group of referral-service, also its name in the processed-event guard. */
final class ReferralServiceConsumers {

    static final String GROUP = "referral-service";

    private ReferralServiceConsumers() {
    }
}
