package uk.send.transition.calendar;

import java.time.LocalDate;

import uk.send.contracts.TransitionType;

/**
 * One of a child's transitions: when it happens, and by when their EHC plan must be reviewed and amended for it
 * (null where no phase-transfer deadline applies).
 */
public record Transition(TransitionType type, LocalDate on, LocalDate reviewDeadline) {
}
