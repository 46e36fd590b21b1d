package uk.send.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.send.contracts.Priority;

class TriageQueueTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void safeguardingConcernsComeFirstThenComplexHealthNeedsThenTheOldest() {
        QueueEntry oldest = triage(false, false, 0);
        QueueEntry complexNewer = triage(false, true, 5);
        QueueEntry complexOlder = triage(false, true, 2);
        QueueEntry safeguardingNewest = triage(true, false, 9);
        QueueEntry newest = triage(false, false, 8);

        assertThat(TriageQueue.triageOrder(List.of(oldest, complexNewer, complexOlder, safeguardingNewest, newest)))
                .containsExactly(safeguardingNewest, complexOlder, complexNewer, oldest, newest);
    }

    @Test
    void theWaitingListTakesUrgentThenPriorityThenRoutineEachLongestWaitingFirst() {
        QueueEntry routineLongest = waiting(Priority.ROUTINE, 0);
        QueueEntry urgentRecent = waiting(Priority.URGENT, 30);
        QueueEntry priority = waiting(Priority.PRIORITY, 10);
        QueueEntry urgentEarlier = waiting(Priority.URGENT, 20);
        QueueEntry routineRecent = waiting(Priority.ROUTINE, 40);

        List<QueueEntry> ordered = TriageQueue.waitingOrder(List.of(routineLongest, urgentRecent, priority,
                urgentEarlier, routineRecent));

        assertThat(ordered).containsExactly(urgentEarlier, urgentRecent, priority, routineLongest, routineRecent);
    }

    @Test
    void theWaitCountsFromTheDayTheChildWasFirstReferredNotFromAcceptance() {
        // Handed over from CAMHS (or carried over from the previous system) with its first received date, a year ago,
        // and accepted only today: it goes ahead of a referral received last month and accepted last week.
        QueueEntry handedOver = new QueueEntry(UUID.randomUUID(), false, false, MONDAY.minusSeconds(86_400L * 365),
                Priority.ROUTINE, MONDAY);
        QueueEntry recent = new QueueEntry(UUID.randomUUID(), false, false, MONDAY.minusSeconds(86_400L * 30),
                Priority.ROUTINE, MONDAY.minusSeconds(86_400L * 7));

        assertThat(TriageQueue.waitingOrder(List.of(recent, handedOver))).containsExactly(handedOver, recent);
    }

    private static QueueEntry triage(boolean safeguarding, boolean complex, int daysAfterMonday) {
        return new QueueEntry(UUID.randomUUID(), safeguarding, complex,
                MONDAY.plusSeconds(86_400L * daysAfterMonday), null, null);
    }

    private static QueueEntry waiting(Priority priority, int daysAfterMonday) {
        return new QueueEntry(UUID.randomUUID(), false, false, MONDAY.plusSeconds(86_400L * daysAfterMonday),
                priority, MONDAY.plusSeconds(86_400L * (daysAfterMonday + 3)));
    }
}
