package uk.send.contracts.notification;

/**
 * Whether a closed referral's school and family were told within the closure notice SLA: the platform's promise,
 * decided once by notification-service for each closure.
 */
public enum ClosureNoticeVerdict {
    /** Every school and family notice of the closure reached its recipient within the SLA. */
    TOLD_IN_TIME,
    /** Every one reached its recipient, the last after the SLA. */
    TOLD_LATE,
    /** The SLA passed with a notice still not delivered. */
    NOT_TOLD_IN_TIME
}
