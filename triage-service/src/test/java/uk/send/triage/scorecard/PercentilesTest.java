package uk.send.triage.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void theNearestRankIsAValueThatWasSeenNeverAnAverage() {
        assertThat(Percentiles.nearestRank(List.of(6, 19, 58), 50)).isEqualTo(19);
        assertThat(Percentiles.nearestRank(List.of(6, 19), 50)).isEqualTo(6);
        assertThat(Percentiles.nearestRank(List.of(6, 19), 90)).isEqualTo(19);
        assertThat(Percentiles.nearestRank(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90)).isEqualTo(9);
        assertThat(Percentiles.nearestRank(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 90)).isEqualTo(10);
        assertThat(Percentiles.nearestRank(List.of(7), 0)).isEqualTo(7);
        assertThat(Percentiles.nearestRank(List.of(), 50)).isNull();
    }

    @Test
    void sharesAreRoundedToOneDecimalPlace() {
        assertThat(Percentiles.share(2, 3)).isEqualTo(66.7);
        assertThat(Percentiles.share(1, 3)).isEqualTo(33.3);
        assertThat(Percentiles.share(4, 4)).isEqualTo(100.0);
        assertThat(Percentiles.share(0, 5)).isZero();
    }
}
