package uk.send.notification;

/** Fired when notices are written; observed after commit to wake the delivery worker. */
public record NoticesWritten() {
}
