package uk.send.transition;

/** Where a child or young person is educated now. */
public enum Setting {
    EARLY_YEARS,
    MAINSTREAM,
    SPECIAL,
    ALTERNATIVE_PROVISION,
    POST_16,
    NONE
}
