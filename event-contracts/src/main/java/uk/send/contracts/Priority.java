package uk.send.contracts;

/** Waiting-list priority, most pressing first. */
public enum Priority {
    URGENT,
    PRIORITY,
    ROUTINE
}
