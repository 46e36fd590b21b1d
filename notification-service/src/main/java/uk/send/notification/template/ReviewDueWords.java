package uk.send.notification.template;

/** An EHC plan's annual review coming up, and the day it is due by. */
public record ReviewDueWords(String dueOn) implements EventWords {
}
