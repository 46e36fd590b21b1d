package uk.send.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Inputs drawn from a fixed seed, for tests that try many of them: the same seed draws the same inputs, so a failure
 * names an input that fails again. The seed is {@code -Dinputs.seed} when given (to draw others), else fixed.
 */
final class SeededInputs {

    static final long SEED = Long.getLong("inputs.seed", 20_261_201L);

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Random random;

    SeededInputs(long salt) {
        this.random = new Random(SEED ^ salt);
    }

    /** {@code tries} inputs, each from one of the {@code kinds}, chosen in turn and then at random. */
    @SafeVarargs
    final <T> Stream<T> draw(int tries, Supplier<? extends T>... kinds) {
        List<T> drawn = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            // Every kind at least once, then any.
            Supplier<? extends T> kind = i < kinds.length ? kinds[i] : kinds[random.nextInt(kinds.length)];
            drawn.add(kind.get());
        }
        return drawn.stream();
    }

    int between(int lowest, int highest) {
        return lowest + random.nextInt(highest - lowest + 1);
    }

    @SafeVarargs
    final <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    String letters(int shortest, int longest) {
        return from(LETTERS, shortest, longest);
    }

    String capitals(int shortest, int longest) {
        return from(CAPITALS, shortest, longest);
    }

    String digits(int shortest, int longest) {
        return from(DIGITS, shortest, longest);
    }

    String from(String characters, int shortest, int longest) {
        int length = between(shortest, longest);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(characters.charAt(random.nextInt(characters.length())));
        }
        return text.toString();
    }

    /** A value from {@code draw} that {@code holds}, drawing again until one does. */
    static <T> T suchThat(Supplier<T> draw, Predicate<T> holds) {
        for (int i = 0; i < 10_000; i++) {
            T value = draw.get();
            if (holds.test(value)) {
                return value;
            }
        }
        throw new IllegalStateException("no value held in 10,000 draws");
    }
}
