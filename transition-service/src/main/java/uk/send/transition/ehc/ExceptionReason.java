package uk.send.transition.ehc;

import java.util.Set;

import uk.send.contracts.ehc.EhcLimit;

/**
 * The reasons the regulations allow for a time limit of an EHC needs assessment not to be met, and which limits each
 * may excuse. An exception is recorded with its reason and a note, reported apart from the figures on time, and never
 * hides that the limit passed.
 */
public enum ExceptionReason {
    /**
     * Advice was asked of a school's head teacher or a college's principal from one week before the school closed
     * for at least 4 weeks to one week before it re-opened (regs. 5(4)(a), 10(4)(a), 13(3)): the summer holiday.
     * Checked against the school advice request's date by {@link SchoolClosure}.
     */
    SCHOOL_CLOSED("advice was asked of the school while it was closed for the holidays",
            Set.of(EhcLimit.DECISION_TO_ASSESS, EhcLimit.NO_PLAN_NOTICE, EhcLimit.FINAL_PLAN)),
    /** The same for an early years provider (regs. 5(4)(b), 10(4)(b), 13(3)). */
    EARLY_YEARS_CLOSED("advice was asked of the early years setting while it was closed",
            Set.of(EhcLimit.DECISION_TO_ASSESS, EhcLimit.NO_PLAN_NOTICE, EhcLimit.FINAL_PLAN)),
    /** Exceptional personal circumstances of the child, the parent or the young person (regs. 5(4)(c), 8(2)(a),
     * 10(4)(c), 13(3)). */
    PERSONAL_CIRCUMSTANCES("exceptional personal circumstances of the child or family",
            Set.of(EhcLimit.DECISION_TO_ASSESS, EhcLimit.ADVICE, EhcLimit.NO_PLAN_NOTICE, EhcLimit.FINAL_PLAN)),
    /** The child, the parent or the young person away from the area for at least 4 weeks (regs. 5(4)(d), 8(2)(b),
     * 10(4)(d), 13(3)). */
    ABSENT_FROM_AREA("the child or family away from the area for 4 weeks or more",
            Set.of(EhcLimit.DECISION_TO_ASSESS, EhcLimit.ADVICE, EhcLimit.NO_PLAN_NOTICE, EhcLimit.FINAL_PLAN)),
    /** An appointment for an examination or test the advice needed was missed (reg. 8(2)(c)): advice only. */
    MISSED_APPOINTMENT("an appointment for an examination or test was missed", Set.of(EhcLimit.ADVICE));

    private final String inWords;
    private final Set<EhcLimit> excuses;

    ExceptionReason(String inWords, Set<EhcLimit> excuses) {
        this.inWords = inWords;
        this.excuses = excuses;
    }

    public boolean excuses(EhcLimit limit) {
        return excuses.contains(limit);
    }

    public String inWords() {
        return inWords;
    }
}
