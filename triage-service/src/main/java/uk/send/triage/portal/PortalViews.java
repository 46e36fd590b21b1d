package uk.send.triage.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;
import uk.send.contracts.Priority;
import uk.send.triage.TriageAction;
import uk.send.triage.TriageCase;

/** What the portal's pages show, worded for clinicians. */
public final class PortalViews {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private PortalViews() {
    }

    /** A bad field of a form: the id of its input, so the error summary can link to it, and the message. */
    @TemplateData
    public record FieldError(String fieldId, String message) {
    }

    @TemplateData
    public record Decision(String decision, String priority, String reason, String by, Instant at) {
    }

    @TemplateData
    public record Referral(TriageCase triageCase, int ageYears, List<Decision> decisions) {

        public boolean canAccept() {
            return TriageAction.ACCEPT.allowedAt(triageCase.stage);
        }

        public boolean canDecline() {
            return TriageAction.DECLINE.allowedAt(triageCase.stage);
        }

        public boolean canRequestInformation() {
            return TriageAction.REQUEST_INFORMATION.allowedAt(triageCase.stage);
        }

        public boolean canResume() {
            return TriageAction.RESUME.allowedAt(triageCase.stage);
        }

        public boolean canReprioritise() {
            return TriageAction.REPRIORITISE.allowedAt(triageCase.stage);
        }

        public boolean canStart() {
            return TriageAction.START.allowedAt(triageCase.stage);
        }

        public boolean canClose() {
            return TriageAction.CLOSE.allowedAt(triageCase.stage);
        }
    }

    /** What a form sent, kept so that a page shown again with errors keeps the clinician's words. */
    @TemplateData
    public record Form(String action, Map<String, String> values, List<FieldError> errors) {

        public static Form empty() {
            return new Form("", Map.of(), List.of());
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String errorFor(String fieldId) {
            return errors.stream().filter(e -> e.fieldId().equals(fieldId)).map(FieldError::message).findFirst()
                    .orElse(null);
        }
    }

    public static int ageOf(LocalDate dateOfBirth) {
        return Period.between(dateOfBirth, LocalDate.now(ENGLAND)).getYears();
    }

    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static List<Priority> priorities() {
        return List.of(Priority.values());
    }
}
