package uk.send.contracts;

public enum ClosureReason {
    DECLINED,
    WITHDRAWN,
    COMPLETED,
    DISCHARGED,
    TRANSFERRED_TO_ADULT_SERVICES,
    DUPLICATE
}
