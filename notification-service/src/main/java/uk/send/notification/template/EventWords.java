package uk.send.notification.template;

/**
 * What one kind of event gives its templates to say, already in words (dates as people write them, choices in plain
 * English). A template declares the record of its event as {@code details}, so a key that the event does not give
 * fails the build, not a family's notice.
 */
public sealed interface EventWords permits NoWords, StatusWords, ReprioritisedWords, WaitingUpdateWords,
        InvitationWords, TransitionWords, HandoverWords, EhcStepWords, EhcReminderWords, ReviewDueWords, AlertWords {
}
