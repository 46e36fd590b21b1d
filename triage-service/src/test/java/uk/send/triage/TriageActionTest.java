package uk.send.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** Which triage action each stage allows: the rule the decisions enforce and the portal offers. */
class TriageActionTest {

    @Test
    void aReferralInTriageIsAcceptedDeclinedOrSentBackWithAQuestion() {
        assertThat(allowedAt(TriageStage.TRIAGE)).containsExactlyInAnyOrder(TriageAction.ACCEPT,
                TriageAction.DECLINE, TriageAction.REQUEST_INFORMATION);
    }

    @Test
    void aReferralWaitingForTheSchoolIsResumedOrDeclined() {
        assertThat(allowedAt(TriageStage.INFORMATION_REQUESTED)).containsExactlyInAnyOrder(TriageAction.RESUME,
                TriageAction.DECLINE);
    }

    @Test
    void aWaitingChildIsReprioritisedStartedOrClosedAndOneBeingSeenOnlyClosed() {
        assertThat(allowedAt(TriageStage.WAITING)).containsExactlyInAnyOrder(TriageAction.REPRIORITISE,
                TriageAction.START, TriageAction.CLOSE);
        assertThat(allowedAt(TriageStage.IN_PROGRESS)).containsExactly(TriageAction.CLOSE);
        assertThat(allowedAt(TriageStage.CLOSED)).isEmpty();
    }

    @Test
    void anActionTheStageDoesNotAllowIsRefusedInWords() {
        assertThatThrownBy(() -> TriageAction.START.require(TriageStage.TRIAGE))
                .isInstanceOf(DecisionNotAllowed.class).hasMessage("A referral at stage TRIAGE cannot be started");
    }

    private static EnumSet<TriageAction> allowedAt(TriageStage stage) {
        EnumSet<TriageAction> allowed = EnumSet.noneOf(TriageAction.class);
        for (TriageAction action : TriageAction.values()) {
            if (action.allowedAt(stage)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
