package uk.send.triage;

/** Where a referral is in its service: awaiting a decision, waiting for the school, waiting to be seen, being seen. */
public enum TriageStage {
    TRIAGE,
    INFORMATION_REQUESTED,
    WAITING,
    IN_PROGRESS,
    CLOSED
}
