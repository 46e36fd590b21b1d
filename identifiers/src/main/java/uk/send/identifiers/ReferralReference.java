package uk.send.identifiers;

import java.util.Optional;
import java.util.random.RandomGenerator;

/** A referral's reference as people read it aloud and type it: {@code SND-4KQ7-9TXY} ({@link ReadableReference}). */
public final class ReferralReference {

    private static final ReadableReference REFERENCES = ReadableReference.withPrefix("SND");

    private ReferralReference() {
    }

    /** A new reference, at random; the caller keeps it unique. */
    public static String generate() {
        return REFERENCES.generate();
    }

    static String generate(RandomGenerator random) {
        return REFERENCES.generate(random);
    }

    /**
     * The reference as stored, from what someone typed: any case, with or without the prefix, dashes or spaces;
     * empty when it is not a reference or its check character does not match.
     */
    public static Optional<String> normalise(String typed) {
        return REFERENCES.normalise(typed);
    }

    public static boolean isValid(String value) {
        return REFERENCES.isValid(value);
    }
}
