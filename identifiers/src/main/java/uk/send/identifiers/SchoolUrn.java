package uk.send.identifiers;

/** A school's or setting's Unique Reference Number, as Get Information about Schools gives it: six digits. */
public final class SchoolUrn {

    public static final String MESSAGE = "must be a school URN of six digits";

    private SchoolUrn() {
    }

    public static boolean isValid(String value) {
        return value != null && value.matches("\\d{6}");
    }
}
