package uk.send.contracts;

/** What a clinician decided about a referral in triage. Closing after treatment is a closure request instead. */
public enum TriageDecision {
    ACCEPTED,
    DECLINED,
    INFORMATION_REQUESTED,
    TRIAGE_RESUMED,
    STARTED
}
