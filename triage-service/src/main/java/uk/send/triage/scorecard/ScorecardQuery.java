package uk.send.triage.scorecard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


import uk.send.contracts.ClinicalService;
import uk.send.contracts.notification.ClosureNoticeVerdict;
import uk.send.contracts.ReprioritisationReason;

/**
 * Works out the scorecard's figures from the rows of its read model that fall in the range ({@link ScorecardRows}).
 * Dates are the council's, in Europe/London.
 */
@ApplicationScoped
public class ScorecardQuery {

    static final ZoneId COUNCIL = ZoneId.of("Europe/London");
    private static final List<String> WAIT_BANDS = List.of("0-5", "6-11", "12-17", "18-25", "26-51", "52+");
    private static final MonthDay SECONDARY_TRANSFER_DEADLINE = MonthDay.of(2, 15);
    private static final MonthDay OTHER_TRANSFER_DEADLINE = MonthDay.of(3, 31);

    private final ScorecardRows rows;

    ScorecardQuery(ScorecardRows rows) {
        this.rows = rows;
    }

    @Transactional
    public Scorecard of(LocalDate from, LocalDate to, ClinicalService service) {
        Instant start = from.atStartOfDay(COUNCIL).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(COUNCIL).toInstant();
        // The weekly figures start on the Monday of the first week, which may be before the range.
        Instant since = firstMonday(from).atStartOfDay(COUNCIL).toInstant();
        List<ScorecardRows.ReferralRow> referrals = rows.referrals(service, since, end);
        List<Scorecard.Waiting> byService = Arrays.stream(ClinicalService.values())
                .map(s -> waiting(s, referrals.stream().filter(r -> r.service() == s).toList(), end))
                .filter(w -> w.count() > 0)
                .toList();
        return new Scorecard(from, to, service, waiting(service, referrals, end), byService,
                weeks(from, to, referrals, rows.reprioritisations(service, since, end),
                        rows.waitingUpdates(service, since, end)),
                closureReasons(referrals, start, end),
                closureNotices(referrals, start, end), transitions(to), null, null);
    }

    private Scorecard.Waiting waiting(ClinicalService service, List<ScorecardRows.ReferralRow> referrals, Instant end) {
        List<Long> days = referrals.stream()
                .filter(r -> r.acceptedAt() != null && r.acceptedAt().isBefore(end))
                .filter(r -> r.leftListAt() == null || !r.leftListAt().isBefore(end))
                .map(r -> ChronoUnit.DAYS.between(r.receivedAt().atZone(COUNCIL).toLocalDate(),
                        end.atZone(COUNCIL).toLocalDate().minusDays(1)))
                .sorted()
                .toList();
        List<Integer> weeks = days.stream().map(d -> (int) (d / 7)).toList();
        Map<String, Integer> distribution = new LinkedHashMap<>();
        WAIT_BANDS.forEach(band -> distribution.put(band, 0));
        weeks.forEach(w -> distribution.merge(band(w), 1, Integer::sum));
        return new Scorecard.Waiting(service, weeks.size(), Percentiles.nearestRank(weeks, 50),
                Percentiles.nearestRank(weeks, 90), (int) days.stream().filter(d -> d > 18 * 7).count(),
                (int) days.stream().filter(d -> d > 52 * 7).count(), distribution);
    }

    private static String band(int weeks) {
        if (weeks < 6) {
            return "0-5";
        } else if (weeks < 12) {
            return "6-11";
        } else if (weeks < 18) {
            return "12-17";
        } else if (weeks < 26) {
            return "18-25";
        } else if (weeks < 52) {
            return "26-51";
        }
        return "52+";
    }

    private List<Scorecard.Week> weeks(LocalDate from, LocalDate to, List<ScorecardRows.ReferralRow> referrals,
            List<ScorecardRows.ReprioritisationRow> reprioritisations, List<Instant> waitingUpdates) {
        LocalDate first = firstMonday(from);
        List<Scorecard.Week> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            LocalDate week = monday;
            weeks.add(new Scorecard.Week(week,
                    count(referrals, ScorecardRows.ReferralRow::receivedAt, week),
                    count(referrals, ScorecardRows.ReferralRow::acceptedAt, week),
                    (int) referrals.stream().filter(r -> "DECLINED".equals(r.closureReason())
                            && inWeek(r.closedAt(), week)).count(),
                    count(referrals, ScorecardRows.ReferralRow::closedAt, week),
                    (int) reprioritisations.stream().filter(r -> r.reason() == ReprioritisationReason.DETERIORATION
                            && inWeek(r.at(), week)).count(),
                    (int) reprioritisations.stream().filter(r -> r.reason() == ReprioritisationReason.SAFEGUARDING
                            && inWeek(r.at(), week)).count(),
                    (int) waitingUpdates.stream().filter(at -> inWeek(at, week)).count()));
        }
        return weeks;
    }

    private static LocalDate firstMonday(LocalDate from) {
        return from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static int count(List<ScorecardRows.ReferralRow> referrals, Function<ScorecardRows.ReferralRow, Instant> when, LocalDate week) {
        return (int) referrals.stream().filter(r -> inWeek(when.apply(r), week)).count();
    }

    private static boolean inWeek(Instant at, LocalDate monday) {
        if (at == null) {
            return false;
        }
        LocalDate day = at.atZone(COUNCIL).toLocalDate();
        return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1));
    }

    private static Map<String, Long> closureReasons(List<ScorecardRows.ReferralRow> referrals, Instant start, Instant end) {
        return referrals.stream().filter(r -> within(r.closedAt(), start, end))
                .collect(Collectors.groupingBy(r -> String.valueOf(r.closureReason()), java.util.TreeMap::new,
                        Collectors.counting()));
    }

    /**
     * Closures in the range by notification-service's verdict on them: told in time, or an exception with its
     * problem; a closure without a verdict yet is pending. The SLA is the one the verdicts were given against.
     */
    private Scorecard.ClosureNotices closureNotices(List<ScorecardRows.ReferralRow> referrals, Instant start, Instant end) {
        List<ScorecardRows.ReferralRow> closures = referrals.stream().filter(r -> within(r.closedAt(), start, end)).toList();
        Map<UUID, ScorecardRows.VerdictRow> verdicts = rows.verdicts(closures.stream().map(ScorecardRows.ReferralRow::referralId).toList());
        int met = 0;
        int pending = 0;
        List<Scorecard.ClosureException> exceptions = new ArrayList<>();
        for (ScorecardRows.ReferralRow closure : closures) {
            ScorecardRows.VerdictRow verdict = verdicts.get(closure.referralId());
            if (verdict == null) {
                pending++;
            } else if (verdict.verdict() == ClosureNoticeVerdict.TOLD_IN_TIME) {
                met++;
            } else {
                exceptions.add(new Scorecard.ClosureException(closure.referralId(), closure.service(),
                        closure.closedAt(), verdict.problem()));
            }
        }
        int decided = closures.size() - pending;
        Long slaMinutes = verdicts.values().stream().map(v -> (long) v.slaMinutes()).max(Long::compare).orElse(null);
        return new Scorecard.ClosureNotices(slaMinutes, closures.size(), met, pending,
                decided == 0 ? null : Percentiles.share(met, decided), exceptions);
    }

    private Scorecard.Transitions transitions(LocalDate to) {
        List<ScorecardRows.TransitionRow> transitions = rows.transitionsAfter(to);
        List<ScorecardRows.TransitionRow> due = transitions.stream()
                .filter(t -> t.on().isAfter(to) && !t.on().isAfter(to.plusMonths(6))).toList();
        int complete = (int) due.stream().filter(t -> t.missingItems().isEmpty()).count();
        Map<String, Integer> byType = new java.util.TreeMap<>();
        due.forEach(t -> byType.merge(t.transition(), 1, Integer::sum));
        List<ScorecardRows.TransitionRow> overdue = transitions.stream()
                .filter(t -> t.reviewDeadline() != null && t.reviewDeadline().isBefore(to) && t.on().isAfter(to))
                .filter(t -> t.missingItems().contains("EHC_PLAN_REVIEWED"))
                .toList();
        return new Scorecard.Transitions(due.size(), complete,
                due.isEmpty() ? null : Percentiles.share(complete, due.size()), byType,
                (int) overdue.stream().filter(t -> MonthDay.from(t.reviewDeadline())
                        .equals(SECONDARY_TRANSFER_DEADLINE)).count(),
                (int) overdue.stream().filter(t -> MonthDay.from(t.reviewDeadline())
                        .equals(OTHER_TRANSFER_DEADLINE)).count());
    }

    private static boolean within(Instant at, Instant start, Instant end) {
        return at != null && !at.isBefore(start) && at.isBefore(end);
    }
}
