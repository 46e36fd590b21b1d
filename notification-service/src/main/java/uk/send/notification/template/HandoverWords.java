package uk.send.notification.template;

/** A young person's hand-over to an adult service: the day, and the service where there is one. */
public record HandoverWords(String transferOn, String adultService) implements EventWords {
}
