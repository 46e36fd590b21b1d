package uk.send.contracts;

/** How a notice reaches a person. The family inbox is not listed: every family notice goes there as well. */
public enum Channel {
    EMAIL,
    SMS,
    LETTER
}
