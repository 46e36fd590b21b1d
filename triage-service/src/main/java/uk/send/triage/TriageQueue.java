package uk.send.triage;

import java.util.Comparator;
import java.util.List;

/**
 * The order in which a service sees its referrals. Awaiting triage: safeguarding concerns first, then complex health
 * needs, then oldest first. On the waiting list: urgent, then priority, then routine, each longest-waiting first.
 */
public final class TriageQueue {

    public static final Comparator<QueueEntry> TRIAGE_ORDER = Comparator
            .comparing(QueueEntry::safeguardingConcern).reversed()
            .thenComparing(Comparator.comparing(QueueEntry::complexHealthNeeds).reversed())
            .thenComparing(QueueEntry::receivedAt)
            .thenComparing(QueueEntry::referralId);

    public static final Comparator<QueueEntry> WAITING_ORDER = Comparator
            .comparing((QueueEntry entry) -> entry.priority().ordinal())
            .thenComparing(QueueEntry::acceptedAt)
            .thenComparing(QueueEntry::referralId);

    private TriageQueue() {
    }

    public static List<QueueEntry> triageOrder(List<QueueEntry> entries) {
        return entries.stream().sorted(TRIAGE_ORDER).toList();
    }

    public static List<QueueEntry> waitingOrder(List<QueueEntry> entries) {
        return entries.stream().sorted(WAITING_ORDER).toList();
    }

    /** A referral's place (from 1) in an ordered queue, or 0 if it is not there. */
    public static int positionOf(List<QueueEntry> ordered, java.util.UUID referralId) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).referralId().equals(referralId)) {
                return i + 1;
            }
        }
        return 0;
    }
}
