package uk.send.transition.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Dates of birth for the calendar's property tests: every 31 August, 1 September, 28 and 29 February and 1 March
 * from 1999 to 2030 (the days the rules turn on), and two thousand others drawn with a fixed seed, so a failure
 * names a date that fails again.
 */
final class DatesOfBirth {

    private static final long SEED = 20_141_001L;

    private DatesOfBirth() {
    }

    static List<LocalDate> all() {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = 1999; year <= 2030; year++) {
            dates.add(LocalDate.of(year, Month.AUGUST, 31));
            dates.add(LocalDate.of(year, Month.SEPTEMBER, 1));
            dates.add(LocalDate.of(year, Month.FEBRUARY, 28));
            dates.add(LocalDate.of(year, Month.MARCH, 1));
            if (Year.isLeap(year)) {
                dates.add(LocalDate.of(year, Month.FEBRUARY, 29));
            }
        }
        Random random = new Random(SEED);
        LocalDate first = LocalDate.of(1999, 1, 1);
        int days = (int) (LocalDate.of(2031, 1, 1).toEpochDay() - first.toEpochDay());
        for (int i = 0; i < 2000; i++) {
            dates.add(first.plusDays(random.nextInt(days)));
        }
        return dates;
    }
}
