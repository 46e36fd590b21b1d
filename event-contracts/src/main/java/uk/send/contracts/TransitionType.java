package uk.send.contracts;

/** The points between birth and 25 where a child or young person moves on and support must move with them. */
public enum TransitionType {
    STARTING_RECEPTION,
    JUNIOR_SCHOOL,
    SECONDARY_SCHOOL,
    PREPARATION_FOR_ADULTHOOD,
    POST_16,
    ADULT_SERVICES,
    POST_19,
    EHC_PLAN_ENDS
}
