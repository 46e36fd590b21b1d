package uk.send.triage;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a clinician can do with a referral in triage, and the stages at which each is allowed: the one place this is
 * said, for the decisions themselves and for the portal that offers them.
 */
public enum TriageAction {
    ACCEPT("accepted", EnumSet.of(TriageStage.TRIAGE)),
    DECLINE("declined", EnumSet.of(TriageStage.TRIAGE, TriageStage.INFORMATION_REQUESTED)),
    REQUEST_INFORMATION("sent back to the school with a question", EnumSet.of(TriageStage.TRIAGE)),
    RESUME("resumed", EnumSet.of(TriageStage.INFORMATION_REQUESTED)),
    REPRIORITISE("re-prioritised", EnumSet.of(TriageStage.WAITING)),
    START("started", EnumSet.of(TriageStage.WAITING)),
    CLOSE("closed", EnumSet.of(TriageStage.WAITING, TriageStage.IN_PROGRESS));

    private final String done;
    private final Set<TriageStage> allowedAt;

    TriageAction(String done, Set<TriageStage> allowedAt) {
        this.done = done;
        this.allowedAt = allowedAt;
    }

    public boolean allowedAt(TriageStage stage) {
        return allowedAt.contains(stage);
    }

    /** Refuses the action at a stage that does not allow it. */
    void require(TriageStage stage) {
        if (!allowedAt(stage)) {
            throw new DecisionNotAllowed("A referral at stage " + stage + " cannot be " + done);
        }
    }
}
