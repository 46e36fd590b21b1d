package uk.send.notification.template;

/** A case worker's reminder of a limit of the EHC process coming up: what is due, and by when. */
public record EhcReminderWords(String assessmentReference, String dueOn, String what) implements EventWords {
}
