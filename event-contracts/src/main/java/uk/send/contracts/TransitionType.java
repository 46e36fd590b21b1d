package uk.send.contracts;

/** The points between birth and 25 where a child or young person moves on and support must move with them. */
public enum TransitionType {
    STARTING_RECEPTION,
    JUNIOR_SCHOOL,
    /** Primary (first) school to middle school, in a three-tier area. */
    MIDDLE_SCHOOL,
    /** Primary or middle school to secondary (upper) school. */
    SECONDARY_SCHOOL,
    /**
     * No longer raised: preparation for adulthood is part of every review from Year 9, not a single date. Kept so
     * that events raised before can still be read.
     */
    PREPARATION_FOR_ADULTHOOD,
    POST_16,
    /** A planned move from one post-16 institution to another. */
    POST_16_INSTITUTION,
    ADULT_SERVICES,
    POST_19,
    EHC_PLAN_ENDS
}
