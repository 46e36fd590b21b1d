package uk.send.notification.formats;

import java.util.Optional;

import uk.send.contracts.AccessibleFormat;

/** What a person must make by hand for a notice to reach someone, as the case work team's list names it. */
public enum FormatNeed {
    BRAILLE("Braille copy"),
    EASY_READ("Easy read copy"),
    AUDIO("Audio recording"),
    INTERPRETER("Interpreter to go through it with them"),
    TRANSLATION("Translated copy, or an interpreter");

    private final String inWords;

    FormatNeed(String inWords) {
        this.inWords = inWords;
    }

    public String inWords() {
        return inWords;
    }

    /** The need a contact's accessible format brings; none for the usual format or large print, which is printed. */
    public static Optional<FormatNeed> of(AccessibleFormat format) {
        return switch (format == null ? AccessibleFormat.NONE : format) {
            case BRAILLE -> Optional.of(BRAILLE);
            case EASY_READ -> Optional.of(EASY_READ);
            case AUDIO -> Optional.of(AUDIO);
            case INTERPRETER -> Optional.of(INTERPRETER);
            case NONE, LARGE_PRINT -> Optional.empty();
        };
    }
}
