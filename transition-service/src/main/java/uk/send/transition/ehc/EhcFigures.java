package uk.send.transition.ehc;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.ehc.EhcLimit;
import uk.send.transition.Child;

/**
 * The EHC plan process's figures for the partnership's board, over a range of days: plans issued within 20 weeks
 * (of all plans, and of those without an exception, as the Department for Education counts them), decisions within
 * 6 weeks, health advice within 6 weeks by service, reviews held on time, amended plans on time, and the backlog at
 * the end of each month.
 */
public final class EhcFigures {

    /** How many of how many, and the share in whole tenths of a percent; null share when there are none. */
    public record Share(int onTime, int of, Double percent) {

        static Share of(int onTime, int of) {
            return new Share(onTime, of, of == 0 ? null : Math.round(1000.0 * onTime / of) / 10.0);
        }
    }

    /** Health advice returned in the range by a service, and its requests past their 6 weeks with none returned. */
    public record ServiceAdvice(ClinicalService service, Share returnedWithinSixWeeks, int outstandingLate) {
    }

    /** The backlog at the end of a month (or on the range's last day). */
    public record Backlog(LocalDate on, int reviewsOverdue, int amendedPlansOutstanding) {
    }

    /** DfE's published national figure, to read the partnership's own beside. */
    public record National(double percentWithinTwentyWeeks, String period, String source) {
    }

    public record Figures(LocalDate from, LocalDate to, Share plansWithinTwentyWeeks,
            Share plansWithinTwentyWeeksExcludingExceptions, int plansWithException,
            Share decisionsWithinSixWeeks, List<ServiceAdvice> healthAdvice, Share reviewsHeldOnTime,
            Share amendedPlansOnTime, List<Backlog> backlog, National national) {
    }

    private EhcFigures() {
    }

    public static Figures of(LocalDate from, LocalDate to, LocalDate today, National national) {
        int plans = 0;
        int plansOnTime = 0;
        int withoutException = 0;
        int withoutExceptionOnTime = 0;
        int decisions = 0;
        int decisionsOnTime = 0;
        for (Assessment assessment : Assessment.<Assessment>list("requestedOn <= ?1", to)) {
            AssessmentClock clock = assessment.clock();
            if (within(assessment.finalIssuedOn, from, to)) {
                boolean onTime = !assessment.finalIssuedOn.isAfter(clock.finalPlanDue());
                boolean excepted = ClockException.findById(new ClockException.Key(assessment.id,
                        EhcLimit.FINAL_PLAN)) != null;
                plans++;
                plansOnTime += onTime ? 1 : 0;
                withoutException += excepted ? 0 : 1;
                withoutExceptionOnTime += !excepted && onTime ? 1 : 0;
            }
            if (within(assessment.decidedOn, from, to)) {
                decisions++;
                decisionsOnTime += assessment.decidedOn.isAfter(clock.decisionDue()) ? 0 : 1;
            }
        }
        return new Figures(from, to, Share.of(plansOnTime, plans), Share.of(withoutExceptionOnTime,
                withoutException), plans - withoutException, Share.of(decisionsOnTime, decisions),
                healthAdvice(from, to, today), reviews(from, to), amendedPlans(from, to), backlog(from, to, today),
                national);
    }

    private static List<ServiceAdvice> healthAdvice(LocalDate from, LocalDate to, LocalDate today) {
        Map<ClinicalService, int[]> byService = new TreeMap<>();
        for (AdviceRequest advice : AdviceRequest.<AdviceRequest>list("kind", AdviceKind.HEALTH)) {
            int[] counts = byService.computeIfAbsent(advice.service, s -> new int[3]);
            if (within(advice.returnedOn, from, to)) {
                counts[1]++;
                counts[0] += advice.returnedOn.isAfter(advice.dueOn) ? 0 : 1;
            }
            if (advice.returnedOn == null && today.isAfter(advice.dueOn) && advice.exceptionReason == null) {
                counts[2]++;
            }
        }
        List<ServiceAdvice> services = new ArrayList<>();
        byService.forEach((service, counts) -> services.add(new ServiceAdvice(service,
                Share.of(counts[0], counts[1]), counts[2])));
        return services;
    }

    private static Share reviews(LocalDate from, LocalDate to) {
        List<AnnualReview> held = AnnualReview.list("heldOn >= ?1 AND heldOn <= ?2", from, to);
        return Share.of((int) held.stream().filter(AnnualReview::heldOnTime).count(), held.size());
    }

    private static Share amendedPlans(LocalDate from, LocalDate to) {
        List<AnnualReview> issued = AnnualReview.list("amendedPlanIssuedOn >= ?1 AND amendedPlanIssuedOn <= ?2",
                from, to);
        return Share.of((int) issued.stream().filter(r -> !r.amendedPlanIssuedOn.isAfter(r.amendedPlanDue()))
                .count(), issued.size());
    }

    /**
     * At each month's end in the range (and its last day): reviews past their due day and not held by then, and
     * amended plans decided on and not issued by then. A review not yet held counts from the plan's dates as they are
     * today, so the backlog of months past is as the records now show it.
     */
    private static List<Backlog> backlog(LocalDate from, LocalDate to, LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate end = from.with(TemporalAdjusters.lastDayOfMonth()); end.isBefore(to);
                end = end.plusDays(1).with(TemporalAdjusters.lastDayOfMonth())) {
            days.add(end);
        }
        days.add(to);
        List<AnnualReview> reviews = AnnualReview.listAll();
        List<LocalDate> unheldDue = new ArrayList<>();
        for (Child child : Child.<Child>list("ehcPlan = true")) {
            AnnualReviews.due(child).map(ReviewClock.Due::by).ifPresent(unheldDue::add);
        }
        List<Backlog> backlog = new ArrayList<>();
        for (LocalDate day : days) {
            if (day.isAfter(today)) {
                break;
            }
            int overdue = (int) reviews.stream().filter(r -> r.dueOn.isBefore(day) && r.heldOn.isAfter(day)).count()
                    + (int) unheldDue.stream().filter(due -> due.isBefore(day)).count();
            int outstanding = (int) reviews.stream().filter(r -> r.decision == AnnualReview.Decision.AMEND
                    && !r.decidedOn.isAfter(day)
                    && (r.amendedPlanIssuedOn == null || r.amendedPlanIssuedOn.isAfter(day))).count();
            backlog.add(new Backlog(day, overdue, outstanding));
        }
        backlog.sort(Comparator.comparing(Backlog::on));
        return backlog;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
