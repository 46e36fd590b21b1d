package uk.send.contracts;

/**
 * How a person needs to be written to. Large print is produced by the platform; Braille, easy read, audio and an
 * interpreter are made by people, so each notice to someone who needs one becomes a request for the case work team.
 */
public enum AccessibleFormat {
    NONE,
    LARGE_PRINT,
    BRAILLE,
    EASY_READ,
    AUDIO,
    /** Someone to read or sign the notice with them: British Sign Language or a spoken language. */
    INTERPRETER
}
