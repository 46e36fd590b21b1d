package uk.send.triage;

import java.util.Comparator;
import java.util.List;

/**
 * The order in which a service sees its referrals. Awaiting triage: safeguarding concerns first, then complex health
 * needs, then oldest first. On the waiting list: urgent, then priority, then routine, each longest-waiting first,
 * counting the wait from the day the child was first referred (a referral carried over from the previous system or
 * handed over from a children's service keeps its original date), not from the day triage accepted it.
 */
public final class TriageQueue {

    public static final Comparator<QueueEntry> TRIAGE_ORDER = Comparator
            .comparing(QueueEntry::safeguardingConcern).reversed()
            .thenComparing(Comparator.comparing(QueueEntry::complexHealthNeeds).reversed())
            .thenComparing(QueueEntry::receivedAt)
            .thenComparing(QueueEntry::referralId);

    public static final Comparator<QueueEntry> WAITING_ORDER = Comparator
            .comparing((QueueEntry entry) -> entry.priority().ordinal())
            .thenComparing(QueueEntry::receivedAt)
            .thenComparing(QueueEntry::referralId);

    /**
     * {@link #WAITING_ORDER}'s first key in SQL, over triage_case's columns. The index triage_case_waiting is on
     * exactly this expression, so the database reads a waiting list in order without sorting it.
     */
    public static final String WAITING_RANK_SQL =
            "(CASE priority WHEN 'URGENT' THEN 0 WHEN 'PRIORITY' THEN 1 ELSE 2 END)";

    private TriageQueue() {
    }

    public static List<QueueEntry> triageOrder(List<QueueEntry> entries) {
        return entries.stream().sorted(TRIAGE_ORDER).toList();
    }

    public static List<QueueEntry> waitingOrder(List<QueueEntry> entries) {
        return entries.stream().sorted(WAITING_ORDER).toList();
    }
}
