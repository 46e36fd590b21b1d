package uk.send.triage.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import uk.send.contracts.WaitingUpdateReason;

class WaitingNewsRuleTest {

    private static final Instant LAST = Instant.parse("2026-10-01T07:30:00Z");
    private static final WaitingNewsRule RULE = new WaitingNewsRule(Duration.ofDays(42), 4, 5);

    @Test
    void aFamilyHearsAgainOnceTheIntervalHasPassedAndNotBefore() {
        WaitingNewsRule.Last last = new WaitingNewsRule.Last(LAST, 20, 16);
        assertThat(RULE.due(last, 19, 15, LAST.plus(Duration.ofDays(41)))).isEmpty();
        assertThat(RULE.due(last, 19, 15, LAST.plus(Duration.ofDays(42)))).contains(WaitingUpdateReason.DUE);
    }

    @Test
    void aPlaceThatMovesALotIsToldAtOnceAndASmallMoveWaits() {
        WaitingNewsRule.Last last = new WaitingNewsRule.Last(LAST, 40, 30);
        assertThat(RULE.due(last, 31, 30, LAST.plus(Duration.ofDays(7)))).as("9 places of 40").isEmpty();
        assertThat(RULE.due(last, 30, 30, LAST.plus(Duration.ofDays(7)))).as("a quarter of 40")
                .contains(WaitingUpdateReason.PLACE_MOVED);
        WaitingNewsRule.Last near = new WaitingNewsRule.Last(LAST, 8, 6);
        assertThat(RULE.due(near, 4, 6, LAST.plus(Duration.ofDays(7)))).as("4 places: fewer than 5").isEmpty();
        assertThat(RULE.due(near, 3, 6, LAST.plus(Duration.ofDays(7)))).contains(WaitingUpdateReason.PLACE_MOVED);
    }

    @Test
    void anEstimateThatMovesByMoreThanFourWeeksIsToldAtOnce() {
        WaitingNewsRule.Last last = new WaitingNewsRule.Last(LAST, 12, 10);
        assertThat(RULE.due(last, 12, 14, LAST.plus(Duration.ofDays(7)))).isEmpty();
        assertThat(RULE.due(last, 12, 15, LAST.plus(Duration.ofDays(7))))
                .contains(WaitingUpdateReason.ESTIMATE_CHANGED);
        assertThat(RULE.due(new WaitingNewsRule.Last(LAST, 12, null), 12, 40, LAST.plus(Duration.ofDays(7))))
                .as("no estimate before: nothing to compare").isEmpty();
    }
}
