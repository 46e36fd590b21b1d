package uk.send.triage.waiting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * Estimates how long a waiting child will wait, from how fast the service's waiting list has moved recently.
 * Children leave the list in its order, so a child at place {@code n} waits about as long as the service takes to see
 * {@code n} children: {@code n} divided by the recent departures per week, rounded up. With no departures in the
 * window there is no honest estimate, and none is given.
 */
public final class WaitingListEstimator {

    public static final int WINDOW_WEEKS = 12;

    private final double departuresPerWeek;

    /**
     * @param departures when children left the waiting list (seen, or closed while waiting)
     * @param now the moment of the estimate; only the {@value #WINDOW_WEEKS} weeks before it count
     */
    public WaitingListEstimator(List<Instant> departures, Instant now) {
        this(departures.stream().filter(d -> !d.isBefore(windowStart(now)) && !d.isAfter(now)).count());
    }

    /** @param recentDepartures how many children left the list in the {@value #WINDOW_WEEKS} weeks up to now */
    public WaitingListEstimator(long recentDepartures) {
        this.departuresPerWeek = recentDepartures / (double) WINDOW_WEEKS;
    }

    /** The start of the window of departures that an estimate made at {@code now} counts. */
    public static Instant windowStart(Instant now) {
        return now.minus(Duration.ofDays(7L * WINDOW_WEEKS));
    }

    public double departuresPerWeek() {
        return departuresPerWeek;
    }

    /** Weeks still to wait for the child at this place (from 1) on the list, if the list has been moving. */
    public OptionalInt weeksToWait(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("A place on the list starts at 1");
        }
        if (departuresPerWeek == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.ceil(position / departuresPerWeek - 1e-9));
    }
}
