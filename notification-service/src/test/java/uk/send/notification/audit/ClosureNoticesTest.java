package uk.send.notification.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.send.contracts.notification.ClosureNoticeVerdict;

/** The closure promise: the school and every family contact reached within the SLA, judged once, by one rule. */
class ClosureNoticesTest {

    private static final Duration SLA = Duration.ofMinutes(15);
    private static final Instant CLOSED = Instant.parse("2026-02-10T09:00:00Z");

    @Test
    void everyNoticeReachedWithinTheSlaIsToldInTimeTheMomentTheLastArrives() {
        ClosureNotices.Closure told = closure(1, 1, 2, 2, 0, CLOSED.plusSeconds(14 * 60));

        assertThat(ClosureNotices.verdict(told, SLA, CLOSED.plusSeconds(14 * 60)))
                .contains(new ClosureNotices.Decided(ClosureNoticeVerdict.TOLD_IN_TIME, null));
        assertThat(told.allReached()).isTrue();
        assertThat(told.atRisk()).isFalse();
    }

    @Test
    void theLastNoticeAfterTheSlaIsToldLate() {
        ClosureNotices.Closure late = closure(1, 1, 1, 1, 0, CLOSED.plusSeconds(16 * 60));

        assertThat(ClosureNotices.verdict(late, SLA, CLOSED.plusSeconds(20 * 60)).orElseThrow().verdict())
                .isEqualTo(ClosureNoticeVerdict.TOLD_LATE);
    }

    @Test
    void whileANoticeIsOutstandingInsideTheSlaThereIsNoVerdictYetAndAfterItTheProblemIsNamed() {
        ClosureNotices.Closure waiting = closure(1, 1, 2, 1, 0, CLOSED.plusSeconds(60));

        assertThat(ClosureNotices.verdict(waiting, SLA, CLOSED.plusSeconds(15 * 60))).isEmpty();
        assertThat(ClosureNotices.verdict(waiting, SLA, CLOSED.plusSeconds(15 * 60 + 1)))
                .contains(new ClosureNotices.Decided(ClosureNoticeVerdict.NOT_TOLD_IN_TIME,
                        "family notice not delivered"));
        assertThat(ClosureNotices.verdict(closure(1, 0, 1, 1, 0, null), SLA, CLOSED.plusSeconds(3600))
                .orElseThrow().problem()).isEqualTo("school notice not delivered");
    }

    @Test
    void aClosureWithoutANoticeToTheSchoolOrTheFamilyIsNeverToldInTime() {
        assertThat(ClosureNotices.verdict(closure(0, 0, 1, 1, 0, CLOSED), SLA, CLOSED.plusSeconds(3600))
                .orElseThrow().problem()).isEqualTo("no school notice");
        assertThat(ClosureNotices.verdict(closure(1, 1, 0, 0, 0, CLOSED), SLA, CLOSED.plusSeconds(3600))
                .orElseThrow().problem()).isEqualTo("no family notice");
        assertThat(closure(1, 1, 0, 0, 0, CLOSED).allReached()).isFalse();
    }

    @Test
    void aHeldNoticeIsAtRiskAtOnceAndNamedWhenTheSlaPasses() {
        ClosureNotices.Closure held = closure(1, 1, 1, 0, 1, CLOSED.plusSeconds(30));

        assertThat(held.atRisk()).isTrue();
        assertThat(ClosureNotices.verdict(held, SLA, CLOSED.plusSeconds(60))).isEmpty();
        assertThat(ClosureNotices.verdict(held, SLA, CLOSED.plusSeconds(16 * 60)).orElseThrow().problem())
                .startsWith("a notice is held");
    }

    private static ClosureNotices.Closure closure(long schoolNotices, long schoolReached, long familyNotices,
            long familyReached, long held, Instant lastReachedAt) {
        return new ClosureNotices.Closure(UUID.randomUUID(), UUID.randomUUID(), CLOSED, schoolNotices, schoolReached,
                familyNotices, familyReached, held, lastReachedAt);
    }
}
