package uk.send.notification.template;

/** An event whose notices need nothing beyond who they are for and what they are about: a submission. */
public record NoWords() implements EventWords {
}
