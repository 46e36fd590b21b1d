package uk.send.identifiers;

/** A year group as schools in England number them: -1 for nursery, 0 for Reception, then Years 1 to 14. */
public final class YearGroup {

    public static final int NURSERY = -1;
    public static final int RECEPTION = 0;
    public static final int HIGHEST = 14;
    public static final String MESSAGE = "must be -1 (nursery), 0 (Reception) or a year from 1 to 14";

    private YearGroup() {
    }

    public static boolean isValid(int value) {
        return value >= NURSERY && value <= HIGHEST;
    }
}
