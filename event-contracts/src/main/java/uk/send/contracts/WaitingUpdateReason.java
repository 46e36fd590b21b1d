package uk.send.contracts;

/** Why a waiting family is sent news of the place and wait now. */
public enum WaitingUpdateReason {
    /** The regular interval has passed since the last news. */
    DUE,
    /** The place on the list has moved a lot since the last news. */
    PLACE_MOVED,
    /** The estimated wait has changed by more than the configured weeks since the last news. */
    ESTIMATE_CHANGED
}
