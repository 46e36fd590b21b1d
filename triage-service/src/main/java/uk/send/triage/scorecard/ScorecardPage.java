package uk.send.triage.scorecard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import uk.send.contracts.ClinicalService;

/** The scorecard as a page of charts, each with its numbers in a table beside it, in the portal. */
@Path("/portal/scorecard")
@RolesAllowed({"caseworker", "leader"})
@Produces(MediaType.TEXT_HTML)
public class ScorecardPage {

    private final ScorecardResource figures;
    private final Template page;

    ScorecardPage(ScorecardResource figures, @Location("portal/scorecard.html") Template page) {
        this.figures = figures;
        this.page = page;
    }

    @GET
    public TemplateInstance show(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("service") String service) {
        Scorecard scorecard = figures.scorecard(from, to, service);
        List<String> weeks = scorecard.weeks().stream().map(w -> w.weekStarting().toString()).toList();
        Map<String, List<Integer>> flow = new LinkedHashMap<>();
        flow.put("Received", scorecard.weeks().stream().map(Scorecard.Week::received).toList());
        flow.put("Accepted", scorecard.weeks().stream().map(Scorecard.Week::accepted).toList());
        flow.put("Declined", scorecard.weeks().stream().map(Scorecard.Week::declined).toList());
        flow.put("Closed", scorecard.weeks().stream().map(Scorecard.Week::closed).toList());
        Map<String, List<Integer>> reprioritised = new LinkedHashMap<>();
        reprioritised.put("Deterioration", scorecard.weeks().stream()
                .map(Scorecard.Week::reprioritisedForDeterioration).toList());
        reprioritised.put("Safeguarding", scorecard.weeks().stream()
                .map(Scorecard.Week::reprioritisedForSafeguarding).toList());
        Scorecard.ClosureNotices notices = scorecard.closureNotices();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        outcomes.put("Told in time", notices.notifiedWithinSla());
        outcomes.put("Not told in time", notices.exceptions().size());
        outcomes.put("Pending", notices.pending());

        Scorecard.EhcProcess ehc = scorecard.ehc();
        return page.data("scorecard", scorecard)
                .data("ehc", ehc)
                .data("ehcBacklogChart", ehc == null ? null : SvgChart.lines("chart-ehc-backlog",
                        "Annual reviews overdue and amended plans outstanding, at each month's end",
                        ehc.backlog().stream().map(b -> b.on().toString()).toList(), backlog(ehc)))
                .data("ehcPlansChart", ehc == null ? null : SvgChart.bars("chart-ehc-plans",
                        "New EHC plans issued, by whether within 20 weeks", List.of("Within 20 weeks",
                                "After 20 weeks, no exception", "After 20 weeks, with an exception"),
                        plansByTimeliness(ehc)))
                .data("services", ClinicalService.values())
                .data("query", query(scorecard))
                .data("waitingChart", SvgChart.bars("chart-waiting", "Children waiting, by weeks waited",
                        List.copyOf(scorecard.waiting().distribution().keySet()),
                        List.copyOf(scorecard.waiting().distribution().values())))
                .data("flowChart", SvgChart.lines("chart-flow", "Referrals received, accepted, declined and "
                        + "closed, per week", weeks, flow))
                .data("reprioritisedChart", SvgChart.lines("chart-reprioritised", "Re-prioritisations for "
                        + "deterioration or safeguarding, per week", weeks, reprioritised))
                .data("noticesChart", SvgChart.bars("chart-closure-notices", "Closures by whether school and "
                        + "family were told within the SLA", List.copyOf(outcomes.keySet()),
                        List.copyOf(outcomes.values())))
                .data("noticeOutcomes", outcomes)
                .data("reasonsChart", SvgChart.bars("chart-closure-reasons", "Closures by reason",
                        List.copyOf(scorecard.closureReasons().keySet()),
                        List.copyOf(scorecard.closureReasons().values())))
                .data("transitionsChart", SvgChart.bars("chart-transitions", "Transitions due in the next six "
                        + "months, by kind", List.copyOf(scorecard.transitions().dueByType().keySet()),
                        List.copyOf(scorecard.transitions().dueByType().values())))
                .data("settings", scorecard.transitionsBySetting() == null ? null
                        : scorecard.transitionsBySetting().stream().map(SettingRow::of).toList());
    }

    private static Map<String, List<Integer>> backlog(Scorecard.EhcProcess ehc) {
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        series.put("Reviews overdue", ehc.backlog().stream().map(Scorecard.Backlog::reviewsOverdue).toList());
        series.put("Amended plans outstanding", ehc.backlog().stream()
                .map(Scorecard.Backlog::amendedPlansOutstanding).toList());
        return series;
    }

    /** Plans on time; late without an exception; late with one (all plans less the other two). */
    private static List<Integer> plansByTimeliness(Scorecard.EhcProcess ehc) {
        Scorecard.Share all = ehc.plansWithinTwentyWeeks();
        Scorecard.Share withoutException = ehc.plansWithinTwentyWeeksExcludingExceptions();
        int lateWithoutException = withoutException.of() - withoutException.onTime();
        return List.of(all.onTime(), lateWithoutException, all.of() - all.onTime() - lateWithoutException);
    }

    /** One setting's transitions, its name in plain words. */
    @TemplateData
    public record SettingRow(String name, int due, int atRisk, int overdue, int movedWithIncompleteInformation) {

        static SettingRow of(Scorecard.SettingTransitions figures) {
            String words = figures.setting().replace('_', ' ').toLowerCase(Locale.UK);
            return new SettingRow(Character.toUpperCase(words.charAt(0)) + words.substring(1), figures.due(),
                    figures.atRisk(), figures.overdue(), figures.movedWithIncompleteInformation());
        }
    }

    private static String query(Scorecard scorecard) {
        return "from=" + scorecard.from() + "&to=" + scorecard.to()
                + (scorecard.service() == null ? "" : "&service=" + scorecard.service());
    }
}
