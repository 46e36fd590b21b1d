package uk.send.identifiers;

/**
 * Unique Pupil Number (DfE): a check letter, then 12 characters (local authority, establishment, year, serial). A
 * temporary UPN ends in a letter. The check letter is the modulus 23 sum of characters 2 to 13, each weighted by
 * its position, read against the alphabet without I, O and S.
 */
public final class UniquePupilNumber {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumber() {
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 13 || !value.substring(1, 12).matches("\\d{11}")) {
            return false;
        }
        int last = valueOf(value.charAt(12));
        if (last < 0) {
            return false;
        }
        int sum = last * 13;
        for (int position = 2; position <= 12; position++) {
            sum += (value.charAt(position - 1) - '0') * position;
        }
        return value.charAt(0) == LETTERS.charAt(sum % 23);
    }

    /** A digit's value, or a temporary UPN's final letter's place in the check alphabet; -1 if neither. */
    private static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return LETTERS.indexOf(c);
    }
}
