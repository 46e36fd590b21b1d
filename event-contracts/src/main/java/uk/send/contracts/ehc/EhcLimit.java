package uk.send.contracts.ehc;

/** A statutory time limit of the EHC plan process that the case worker is reminded of before it falls. */
public enum EhcLimit {
    /** Decision whether to assess: 6 weeks from the request (reg. 5(1)). */
    DECISION_TO_ASSESS,
    /** Advice requested during the assessment: 6 weeks from its request (reg. 8(1)). */
    ADVICE,
    /** Notice that no plan will be issued: 16 weeks from the request (reg. 10(1)). */
    NO_PLAN_NOTICE,
    /** Final plan: 20 weeks from the request (reg. 13(2)). */
    FINAL_PLAN,
    /** Annual review: within 12 months of the plan or the last review (reg. 18(1)). */
    ANNUAL_REVIEW,
    /** Decision after a review meeting: 4 weeks (reg. 20(10)). */
    REVIEW_DECISION,
    /** Amended plan after a decision to amend: 8 weeks (reg. 22(3)). */
    AMENDED_PLAN
}
