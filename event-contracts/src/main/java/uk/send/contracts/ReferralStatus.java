package uk.send.contracts;

public enum ReferralStatus {
    SUBMITTED,
    IN_TRIAGE,
    MORE_INFORMATION_REQUESTED,
    ACCEPTED_WAITING,
    IN_PROGRESS,
    CLOSED
}
