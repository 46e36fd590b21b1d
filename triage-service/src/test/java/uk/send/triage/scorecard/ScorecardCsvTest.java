package uk.send.triage.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.send.contracts.ClinicalService;

/** The EHC plan process's rows of the scorecard's CSV, one figure a row, and none when its figures are missing. */
class ScorecardCsvTest {

    private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Test
    void theEhcFiguresAreOneFigureARowWithTheNationalFigureBeside() {
        Scorecard.EhcProcess ehc = new Scorecard.EhcProcess(new Scorecard.Share(7, 10, 70.0),
                new Scorecard.Share(7, 9, 77.8), 1, new Scorecard.Share(11, 12, 91.7),
                List.of(new Scorecard.ServiceAdvice(ClinicalService.SPEECH_AND_LANGUAGE_THERAPY,
                        new Scorecard.Share(4, 5, 80.0), 2)), new Scorecard.Share(0, 0, null),
                new Scorecard.Share(1, 2, 50.0), List.of(new Scorecard.Backlog(LocalDate.of(2026, 6, 30), 3, 1)),
                new Scorecard.National(46.4, "calendar year 2024", "Department for Education"));

        String csv = ScorecardCsv.write(scorecard(ehc));

        assertThat(csv).contains("ehc_plans_within_20_weeks_excluding_exceptions,ALL,2026-06-01..2026-11-30,"
                + "share_percent,77.8\r\n")
                .contains("ehc_plans_with_exception,ALL,2026-06-01..2026-11-30,count,1\r\n")
                .contains("ehc_national_within_20_weeks,ENGLAND,calendar year 2024,percent,46.4\r\n")
                .contains("ehc_health_advice_outstanding_late,SPEECH_AND_LANGUAGE_THERAPY,2026-06-01..2026-11-30,"
                        + "count,2\r\n")
                .contains("ehc_reviews_held_on_time,ALL,2026-06-01..2026-11-30,share_percent,\r\n")
                .contains("ehc_backlog,ALL,2026-06-30,reviews_overdue,3\r\n");
        assertThat(ScorecardCsv.write(scorecard(null))).doesNotContain("ehc_");
    }

    private static Scorecard scorecard(Scorecard.EhcProcess ehc) {
        Scorecard.Waiting waiting = new Scorecard.Waiting(null, 0, null, null, 0, 0, Map.of());
        return new Scorecard(FROM, TO, null, waiting, List.of(), List.of(), Map.of(),
                new Scorecard.ClosureNotices(15L, 0, 0, 0, null, List.of()),
                new Scorecard.Transitions(0, 0, null, Map.of(), 0, 0), null, ehc);
    }
}
