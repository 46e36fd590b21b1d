package uk.send.notification.template;

/**
 * The case work team's alert that a notice could not go: to whom, about which event, by which channel, the problem,
 * and the channel tried next (or none left: the notice is held).
 */
public record AlertWords(String recipientType, String causeEvent, String channel, String problem, boolean held,
        String nextChannel) implements EventWords {
}
