package uk.send.notification.delivery;

import uk.send.notification.Notice;

/** Sends a notice through whatever provider serves its channel. */
public interface ChannelGateway {

    DeliveryOutcome send(Notice notice);
}
