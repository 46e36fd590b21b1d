package uk.send.triage.scorecard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import uk.send.contracts.ClinicalService;
import uk.send.problems.Problem;
import uk.send.problems.Refusal;

/** The range and service a scorecard is asked for: by default the last 26 weeks of the whole partnership. */
record ScorecardRange(LocalDate from, LocalDate to, ClinicalService service) {

    static final int DEFAULT_WEEKS = 26;
    private static final int LONGEST_YEARS = 3;

    /** Thrown with the problems of a request, each naming its parameter. */
    static final class Invalid extends Refusal.BadFields {

        Invalid(List<Problem.Violation> violations) {
            super(violations);
        }
    }

    static ScorecardRange parse(String from, String to, String service, LocalDate today) {
        List<Problem.Violation> violations = new ArrayList<>();
        LocalDate end = date("to", to, today, violations);
        LocalDate start = date("from", from, end == null ? today.minusWeeks(DEFAULT_WEEKS)
                : end.minusWeeks(DEFAULT_WEEKS), violations);
        ClinicalService clinicalService = null;
        if (service != null && !service.isBlank()) {
            try {
                clinicalService = ClinicalService.valueOf(service);
            } catch (IllegalArgumentException e) {
                violations.add(new Problem.Violation("service", "must be a clinical service"));
            }
        }
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                violations.add(new Problem.Violation("from", "must not be after to"));
            } else if (start.isBefore(end.minusYears(LONGEST_YEARS))) {
                violations.add(new Problem.Violation("from", "must be within " + LONGEST_YEARS + " years of to"));
            }
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new ScorecardRange(start, end, clinicalService);
    }

    private static LocalDate date(String name, String value, LocalDate fallback, List<Problem.Violation> violations) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Problem.Violation(name, "must be a date such as 2026-03-31"));
            return null;
        }
    }
}
