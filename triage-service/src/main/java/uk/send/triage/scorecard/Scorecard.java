package uk.send.triage.scorecard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

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
        Transitions transitions,
        List<SettingTransitions> transitionsBySetting,
        EhcProcess ehc) {

    /** The same figures with transition-service's figures per setting; null when it did not answer. */
    public Scorecard withTransitionsBySetting(List<SettingTransitions> bySetting) {
        return new Scorecard(from, to, service, waiting, waitingByService, weeks, closureReasons, closureNotices,
                transitions, bySetting, ehc);
    }

    /** The same figures with the EHC plan process's, from transition-service; null when it did not answer. */
    public Scorecard withEhc(EhcProcess figures) {
        return new Scorecard(from, to, service, waiting, waitingByService, weeks, closureReasons, closureNotices,
                transitions, transitionsBySetting, figures);
    }

    /**
     * The EHC plan process over the range, as transition-service counts it: plans issued within 20 weeks (all, and
     * excluding those with an exception, as DfE counts them, with DfE's national figure beside), decisions within
     * 6 weeks, health advice within 6 weeks by service, reviews held on time, amended plans on time, and the backlog
     * at each month's end.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EhcProcess(Share plansWithinTwentyWeeks, Share plansWithinTwentyWeeksExcludingExceptions,
            int plansWithException, Share decisionsWithinSixWeeks, List<ServiceAdvice> healthAdvice,
            Share reviewsHeldOnTime, Share amendedPlansOnTime, List<Backlog> backlog, National national) {
    }

    /** How many of how many were on time; the share null when there were none. */
    public record Share(int onTime, int of, Double percent) {
    }

    public record ServiceAdvice(ClinicalService service, Share returnedWithinSixWeeks, int outstandingLate) {
    }

    public record Backlog(LocalDate on, int reviewsOverdue, int amendedPlansOutstanding) {
    }

    public record National(double percentWithinTwentyWeeks, String period, String source) {
    }

    /**
     * One setting's transitions as transition-service has them today (alternative provision included): due, at risk
     * (no review by the latest date), overdue (no amended plan by the deadline), and moves in the last year made with
     * incomplete information.
     */
    public record SettingTransitions(String setting, int due, int atRisk, int overdue,
            int movedWithIncompleteInformation) {
    }

    /**
     * Children on the waiting list at the end of the range, by completed weeks since the referral was received.
     * Percentiles are nearest-rank: the smallest wait at least that share of children have reached.
     */
    public record Waiting(ClinicalService service, int count, Integer medianWeeks, Integer p90Weeks,
            int over18Weeks, int over52Weeks, Map<String, Integer> distribution) {
    }

    /** One week, Monday to Sunday; {@code waitingUpdates} is the news sent to waiting families that week. */
    public record Week(LocalDate weekStarting, int received, int accepted, int declined, int closed,
            int reprioritisedForDeterioration, int reprioritisedForSafeguarding, int waitingUpdates) {
    }

    /**
     * Closures in the range whose school and family notices were all delivered within the SLA. Closures still
     * inside their SLA window with notices outstanding are pending, neither met nor missed.
     */
    public record ClosureNotices(Long slaMinutes, int closures, int notifiedWithinSla, int pending,
            Double sharePercent, List<ClosureException> exceptions) {
    }

    public record ClosureException(UUID referralId, ClinicalService service, Instant closedAt, String problem) {
    }

    /** Transitions due in the six months after the range's end, and phase-transfer reviews now overdue. */
    public record Transitions(int dueInSixMonths, int withCompleteInformation, Double completeSharePercent,
            Map<String, Integer> dueByType, int reviewsOverdueAgainst15February, int reviewsOverdueAgainst31March) {
    }
}
