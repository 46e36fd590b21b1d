package uk.send.identifiers;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * A reference as people read it aloud and type it: a prefix naming what it refers to, then {@code 4KQ7-9TXY}. Seven
 * characters drawn from an alphabet without the ones people confuse (no 0 or O, 1, I or L), then a check character:
 * the sum of each character's value times its place (1 to 7), modulo 31, the alphabet's size. Because 31 is prime and
 * the weights differ, any one character mistyped, and any two neighbours swapped, fail the check.
 */
public final class ReadableReference {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int BODY = 7;
    private static final RandomGenerator RANDOM = new SecureRandom();

    private final String prefix;

    private ReadableReference(String prefix) {
        this.prefix = prefix;
    }

    /** References that start with this prefix, for example {@code SND} for referrals. */
    public static ReadableReference withPrefix(String prefix) {
        return new ReadableReference(prefix);
    }

    /** A new reference, at random; the caller keeps it unique. */
    public String generate() {
        return generate(RANDOM);
    }

    /**
     * The reference a thing with this id always has, worked out from the id: a notice's letter shows the same one
     * however often it is printed. Not unique across ids (one in 27 billion share one), so never a key.
     */
    public String of(UUID id) {
        return generate(new SplittableRandom(id.getMostSignificantBits() ^ id.getLeastSignificantBits()));
    }

    String generate(RandomGenerator random) {
        StringBuilder body = new StringBuilder(BODY + 1);
        for (int i = 0; i < BODY; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        body.append(check(body));
        return prefix + "-" + body.substring(0, 4) + "-" + body.substring(4);
    }

    /**
     * The reference as stored, from what someone typed: any case, with or without the prefix, dashes or spaces;
     * empty when it is not a reference or its check character does not match.
     */
    public Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.UK).replaceAll("[\\s-]", "");
        if (compact.startsWith(prefix)) {
            compact = compact.substring(prefix.length());
        }
        if (compact.length() != BODY + 1 || compact.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)
                || check(compact.substring(0, BODY)) != compact.charAt(BODY)) {
            return Optional.empty();
        }
        return Optional.of(prefix + "-" + compact.substring(0, 4) + "-" + compact.substring(4));
    }

    public boolean isValid(String value) {
        return normalise(value).filter(value::equals).isPresent();
    }

    private static char check(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < BODY; i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }
}
