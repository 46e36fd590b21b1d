package uk.send.triage.waiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WaitingListEstimatorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void twoChildrenSeenAWeekMeansThePlaceHalvedInWeeksRoundedUp() {
        WaitingListEstimator estimator = new WaitingListEstimator(departuresOneEvery(3.5, 24), NOW);

        assertThat(estimator.departuresPerWeek()).isEqualTo(2.0);
        assertThat(estimator.weeksToWait(1)).hasValue(1);
        assertThat(estimator.weeksToWait(4)).hasValue(2);
        assertThat(estimator.weeksToWait(5)).hasValue(3);
        assertThat(estimator.weeksToWait(40)).hasValue(20);
    }

    @Test
    void onlyTheLastTwelveWeeksCount() {
        List<Instant> departures = new ArrayList<>(departuresOneEvery(7, 12));
        // A busy spell long ago says nothing about the list now.
        for (int i = 0; i < 50; i++) {
            departures.add(NOW.minusSeconds(86_400L * (200 + i)));
        }

        WaitingListEstimator estimator = new WaitingListEstimator(departures, NOW);

        assertThat(estimator.departuresPerWeek()).isEqualTo(1.0);
        assertThat(estimator.weeksToWait(10)).hasValue(10);
    }

    @Test
    void aListThatHasNotMovedGivesNoEstimateRatherThanAFalseOne() {
        WaitingListEstimator estimator = new WaitingListEstimator(List.of(), NOW);

        assertThat(estimator.weeksToWait(3)).isEmpty();
    }

    @Test
    void aSlowListGivesLongWaits() {
        // One child seen every four weeks: three in twelve weeks.
        WaitingListEstimator estimator = new WaitingListEstimator(departuresOneEvery(28, 3), NOW);

        assertThat(estimator.weeksToWait(6)).hasValue(24);
    }

    @Test
    void placesStartAtOne() {
        assertThatThrownBy(() -> new WaitingListEstimator(List.of(), NOW).weeksToWait(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Instant> departuresOneEvery(double days, int count) {
        List<Instant> departures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            departures.add(NOW.minusSeconds((long) (86_400 * days * i) + 60));
        }
        return departures;
    }
}
