package uk.send.triage.scorecard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.send.contracts.ClinicalService;

/** The partnership scorecard's figures for a date range and, optionally, one clinical service. */
public record Scorecard(
        LocalDate from,
        LocalDate to,
        ClinicalService service,
        Waiting waiting,
        List<Waiting> waitingByService,
        List<Week> weeks,
        Map<String, Long> closureReasons,
        ClosureNotices closureNotices,
        Transitions transitions) {

    /**
     * Children on the waiting list at the end of the range, by completed weeks since the referral was received.
     * Percentiles are nearest-rank: the smallest wait at least that share of children have reached.
     */
    public record Waiting(ClinicalService service, int count, Integer medianWeeks, Integer p90Weeks,
            int over18Weeks, int over52Weeks, Map<String, Integer> distribution) {
    }

    /** One week, Monday to Sunday. */
    public record Week(LocalDate weekStarting, int received, int accepted, int declined, int closed,
            int reprioritisedForDeterioration, int reprioritisedForSafeguarding) {
    }

    /**
     * Closures in the range whose school and family notices were all delivered within the SLA. Closures still
     * inside their SLA window with notices outstanding are pending, neither met nor missed.
     */
    public record ClosureNotices(long slaMinutes, int closures, int notifiedWithinSla, int pending,
            Double sharePercent, List<ClosureException> exceptions) {
    }

    public record ClosureException(UUID referralId, ClinicalService service, Instant closedAt, String problem) {
    }

    /** Transitions due in the six months after the range's end, and phase-transfer reviews now overdue. */
    public record Transitions(int dueInSixMonths, int withCompleteInformation, Double completeSharePercent,
            Map<String, Integer> dueByType, int reviewsOverdueAgainst15February, int reviewsOverdueAgainst31March) {
    }
}
