package uk.send.contracts;

public enum ReprioritisationReason {
    DETERIORATION,
    SAFEGUARDING,
    OTHER
}
