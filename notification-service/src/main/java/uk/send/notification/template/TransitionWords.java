package uk.send.notification.template;

import java.util.List;

/** A transition coming up, or one whose plan is incomplete: what it is, when, the review and what is missing. */
public record TransitionWords(String transitionText, String transitionDate, String reviewDeadline, String reviewBy,
        List<String> missingItems) implements EventWords {
}
