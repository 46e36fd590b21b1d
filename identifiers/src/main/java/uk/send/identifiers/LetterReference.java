package uk.send.identifiers;

import java.util.Optional;
import java.util.UUID;

/**
 * A letter's reference, printed on it and shown in the print queue: {@code LTR-4KQ7-9TXY}
 * ({@link ReadableReference}). Worked out from the notice the letter carries, so every printing of it shows the same.
 */
public final class LetterReference {

    private static final ReadableReference REFERENCES = ReadableReference.withPrefix("LTR");

    private LetterReference() {
    }

    /** The reference of the letters of the notice with this id. */
    public static String ofNotice(UUID noticeId) {
        return REFERENCES.of(noticeId);
    }

    /** The reference as stored, from what someone typed or a page was given; empty when it is not one. */
    public static Optional<String> normalise(String typed) {
        return REFERENCES.normalise(typed);
    }
}
