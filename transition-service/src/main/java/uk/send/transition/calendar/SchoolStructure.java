package uk.send.transition.calendar;

/**
 * How the schools a child moves through are organised. Most of England is two-tier (primary to secondary at Year 7),
 * some primaries are separate infant and junior schools (a move at Year 3), and a three-tier area has first, middle
 * and upper (or high) schools, each area choosing the year groups at which children move.
 *
 * @param middleSchoolFrom the year group a child starts middle school in, in a three-tier area; null in two tiers
 * @param upperSchoolFrom the year group a child starts upper (secondary) school in, in a three-tier area
 */
public record SchoolStructure(boolean separateJuniorSchool, Integer middleSchoolFrom, Integer upperSchoolFrom) {

    /** Primary to secondary at Year 7. */
    public static final SchoolStructure TWO_TIER = new SchoolStructure(false, null, null);

    /** The first year group of secondary school in a two-tier area. */
    static final int SECONDARY_FROM = 7;

    public SchoolStructure {
        if ((middleSchoolFrom == null) != (upperSchoolFrom == null)) {
            throw new IllegalArgumentException("a three-tier area needs both the middle and the upper school's year");
        }
        if (middleSchoolFrom != null && !isThreeTier(middleSchoolFrom, upperSchoolFrom)) {
            throw new IllegalArgumentException("middle school from Year " + middleSchoolFrom + ", upper from Year "
                    + upperSchoolFrom + " is not a three-tier area");
        }
    }

    /**
     * Whether these years describe a three-tier area: middle school starts in Year 4 to 7 and lasts at least two
     * years, upper school starts by Year 10.
     */
    public static boolean isThreeTier(int middleSchoolFrom, int upperSchoolFrom) {
        return middleSchoolFrom >= 4 && middleSchoolFrom <= 7 && upperSchoolFrom >= middleSchoolFrom + 2
                && upperSchoolFrom <= 10;
    }

    public boolean threeTier() {
        return middleSchoolFrom != null;
    }
}
