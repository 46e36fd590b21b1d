package uk.send.notification.template;

/** A new priority; the reason only when it was written for the family and the school. */
public record ReprioritisedWords(String priorityText, String reason, Integer position, Integer weeks)
        implements EventWords {
}
