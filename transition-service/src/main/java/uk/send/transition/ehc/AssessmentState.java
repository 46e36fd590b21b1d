package uk.send.transition.ehc;

import java.util.Set;

/**
 * Where an EHC needs assessment stands, and which steps it allows next:
 * requested, then assessing or not assessing; while assessing, advice, then no plan or a draft; after a draft, the
 * final plan. Not assessing, no plan and the final plan end it.
 */
public enum AssessmentState {
    REQUESTED("waiting for the decision whether to assess"),
    ASSESSING("being assessed"),
    NOT_ASSESSING("decided not to assess"),
    NO_PLAN("assessed; no plan to be issued"),
    DRAFT_SENT("draft plan sent to the family"),
    FINAL_ISSUED("final plan issued");

    /** The steps a case worker records. */
    public enum Step {
        DECISION, ADVICE_REQUEST, NO_PLAN, DRAFT, FINAL_PLAN
    }

    private final String inWords;

    AssessmentState(String inWords) {
        this.inWords = inWords;
    }

    public String inWords() {
        return inWords;
    }

    public boolean open() {
        return this == REQUESTED || this == ASSESSING || this == DRAFT_SENT;
    }

    public boolean allows(Step step) {
        return allowed().contains(step);
    }

    private Set<Step> allowed() {
        return switch (this) {
            case REQUESTED -> Set.of(Step.DECISION);
            case ASSESSING -> Set.of(Step.ADVICE_REQUEST, Step.NO_PLAN, Step.DRAFT);
            case DRAFT_SENT -> Set.of(Step.FINAL_PLAN);
            case NOT_ASSESSING, NO_PLAN, FINAL_ISSUED -> Set.of();
        };
    }
}
