package uk.send.contracts.ehc;

/**
 * A step of an EHC needs assessment the family and the school are told of (SEN and Disability Regulations 2014,
 * regulations 5, 10 and 13).
 */
public enum EhcStep {
    /** The request was received: the clock starts. */
    REQUESTED,
    /** The local authority decided to assess. */
    ASSESSING,
    /** The local authority decided not to assess: the family may appeal (reg. 5(3)). */
    NOT_ASSESSING,
    /** After the assessment, no plan will be issued: the family may appeal (reg. 10(3)). */
    NO_PLAN,
    /** A draft plan was sent: the family has 15 days to comment and name a school (reg. 13(1)). */
    DRAFT_SENT,
    /** The final plan was issued (reg. 13(2)). */
    FINAL_ISSUED
}
