package uk.send.outbox;

/** Fired when an outbox row is written; observed after commit to wake the relay. */
record OutboxWritten() {
}
