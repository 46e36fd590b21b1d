package uk.send.notification;

/**
 * PENDING until a channel accepts the notice (SENT), DELIVERED once the provider confirms it reached the person (a
 * letter: once posted, or received by GOV.UK Notify for printing). HELD means no channel can reach the person: a
 * letter waits for an address and the case worker has been told.
 */
public enum NoticeStatus {
    PENDING,
    SENT,
    DELIVERED,
    HELD
}
