package uk.send.transition.ehc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people write them in a letter: 3 August 2026. */
final class InWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private InWords() {
    }

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}
