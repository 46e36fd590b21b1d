package uk.send.notification.delivery;

import uk.send.notification.Notice;

/** Sends a notice through whatever provider serves its channel. */
public interface ChannelGateway {

    DeliveryOutcome send(Notice notice);

    /**
     * Whether the channel is a table of the service's own database (the print room's queue). Such a channel is written
     * in the transaction that records the outcome, so the letter and the notice's new state commit together; any
     * other channel is called with no transaction open.
     */
    default boolean inDatabase() {
        return false;
    }
}
