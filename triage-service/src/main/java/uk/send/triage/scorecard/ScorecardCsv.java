package uk.send.triage.scorecard;

import java.time.LocalDate;
import java.util.Map;

/** The scorecard as CSV, one figure a row, so a spreadsheet can pivot it any way the board's papers need. */
final class ScorecardCsv {

    private ScorecardCsv() {
    }

    static String write(Scorecard scorecard) {
        StringBuilder csv = new StringBuilder("section,service,period,measure,value\r\n");
        String range = scorecard.from() + ".." + scorecard.to();
        String all = scorecard.service() == null ? "ALL" : scorecard.service().name();
        waiting(csv, all, scorecard.to().toString(), scorecard.waiting());
        for (Scorecard.Waiting service : scorecard.waitingByService()) {
            waiting(csv, service.service().name(), scorecard.to().toString(), service);
        }
        for (Scorecard.Week week : scorecard.weeks()) {
            String period = week.weekStarting().toString();
            row(csv, "flow", all, period, "received", week.received());
            row(csv, "flow", all, period, "accepted", week.accepted());
            row(csv, "flow", all, period, "declined", week.declined());
            row(csv, "flow", all, period, "closed", week.closed());
            row(csv, "reprioritised", all, period, "deterioration", week.reprioritisedForDeterioration());
            row(csv, "reprioritised", all, period, "safeguarding", week.reprioritisedForSafeguarding());
            row(csv, "waiting_updates", all, period, "sent", week.waitingUpdates());
        }
        scorecard.closureReasons().forEach((reason, count) -> row(csv, "closure_reason", all, range, reason, count));
        Scorecard.ClosureNotices notices = scorecard.closureNotices();
        row(csv, "closure_notices", all, range, "closures", notices.closures());
        row(csv, "closure_notices", all, range, "notified_within_sla", notices.notifiedWithinSla());
        row(csv, "closure_notices", all, range, "pending", notices.pending());
        row(csv, "closure_notices", all, range, "share_percent", notices.sharePercent());
        row(csv, "closure_notices", all, range, "sla_minutes", notices.slaMinutes());
        for (Scorecard.ClosureException exception : notices.exceptions()) {
            row(csv, "closure_exception", exception.service().name(), exception.closedAt().toString(),
                    exception.referralId().toString(), exception.problem());
        }
        Scorecard.Transitions transitions = scorecard.transitions();
        String sixMonths = scorecard.to() + "+6 months";
        row(csv, "transitions", "ALL", sixMonths, "due", transitions.dueInSixMonths());
        row(csv, "transitions", "ALL", sixMonths, "with_complete_information", transitions.withCompleteInformation());
        row(csv, "transitions", "ALL", sixMonths, "complete_share_percent", transitions.completeSharePercent());
        for (Map.Entry<String, Integer> type : transitions.dueByType().entrySet()) {
            row(csv, "transitions_due", "ALL", sixMonths, type.getKey(), type.getValue());
        }
        row(csv, "transitions", "ALL", scorecard.to().toString(), "reviews_overdue_15_february",
                transitions.reviewsOverdueAgainst15February());
        row(csv, "transitions", "ALL", scorecard.to().toString(), "reviews_overdue_31_march",
                transitions.reviewsOverdueAgainst31March());
        if (scorecard.transitionsBySetting() != null) {
            String today = LocalDate.now(ScorecardQuery.COUNCIL).toString();
            for (Scorecard.SettingTransitions setting : scorecard.transitionsBySetting()) {
                row(csv, "transitions_by_setting", setting.setting(), today, "due", setting.due());
                row(csv, "transitions_by_setting", setting.setting(), today, "at_risk", setting.atRisk());
                row(csv, "transitions_by_setting", setting.setting(), today, "overdue", setting.overdue());
                row(csv, "transitions_by_setting", setting.setting(), today, "moved_with_incomplete_information",
                        setting.movedWithIncompleteInformation());
            }
        }
        ehc(csv, range, scorecard.ehc());
        return csv.toString();
    }

    private static void ehc(StringBuilder csv, String range, Scorecard.EhcProcess ehc) {
        if (ehc == null) {
            return;
        }
        share(csv, "ehc_plans_within_20_weeks", "ALL", range, ehc.plansWithinTwentyWeeks());
        share(csv, "ehc_plans_within_20_weeks_excluding_exceptions", "ALL", range,
                ehc.plansWithinTwentyWeeksExcludingExceptions());
        row(csv, "ehc_plans_with_exception", "ALL", range, "count", ehc.plansWithException());
        row(csv, "ehc_national_within_20_weeks", "ENGLAND", ehc.national().period(), "percent",
                ehc.national().percentWithinTwentyWeeks());
        share(csv, "ehc_decisions_within_6_weeks", "ALL", range, ehc.decisionsWithinSixWeeks());
        for (Scorecard.ServiceAdvice advice : ehc.healthAdvice()) {
            share(csv, "ehc_health_advice_within_6_weeks", advice.service().name(), range,
                    advice.returnedWithinSixWeeks());
            row(csv, "ehc_health_advice_outstanding_late", advice.service().name(), range, "count",
                    advice.outstandingLate());
        }
        share(csv, "ehc_reviews_held_on_time", "ALL", range, ehc.reviewsHeldOnTime());
        share(csv, "ehc_amended_plans_on_time", "ALL", range, ehc.amendedPlansOnTime());
        for (Scorecard.Backlog month : ehc.backlog()) {
            row(csv, "ehc_backlog", "ALL", month.on().toString(), "reviews_overdue", month.reviewsOverdue());
            row(csv, "ehc_backlog", "ALL", month.on().toString(), "amended_plans_outstanding",
                    month.amendedPlansOutstanding());
        }
    }

    private static void share(StringBuilder csv, String section, String service, String period,
            Scorecard.Share share) {
        row(csv, section, service, period, "on_time", share.onTime());
        row(csv, section, service, period, "of", share.of());
        row(csv, section, service, period, "share_percent", share.percent());
    }

    private static void waiting(StringBuilder csv, String service, String period, Scorecard.Waiting waiting) {
        row(csv, "waiting", service, period, "count", waiting.count());
        row(csv, "waiting", service, period, "median_weeks", waiting.medianWeeks());
        row(csv, "waiting", service, period, "p90_weeks", waiting.p90Weeks());
        row(csv, "waiting", service, period, "over_18_weeks", waiting.over18Weeks());
        row(csv, "waiting", service, period, "over_52_weeks", waiting.over52Weeks());
    }

    private static void row(StringBuilder csv, String section, String service, String period, String measure,
            Object value) {
        csv.append(section).append(',').append(service).append(',').append(period).append(',')
                .append(field(measure)).append(',').append(value == null ? "" : field(value.toString()))
                .append("\r\n");
    }

    /** Quotes a field that holds a comma, a quote or a line break, as RFC 4180 asks. */
    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
