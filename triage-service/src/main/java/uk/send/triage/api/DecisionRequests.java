package uk.send.triage.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.Priority;
import uk.send.contracts.ReprioritisationReason;
import uk.send.triage.TriageDecisions;

/**
 * The triage decisions a clinician can make, with what each needs. The JSON API and the portal's forms both read a
 * decision into one of these records and check it against the same constraints before it is made.
 */
public final class DecisionRequests {

    public static final int MAX_TEXT = 4000;

    private DecisionRequests() {
    }

    /** A checked decision, made on a referral of the clinician's service. */
    public sealed interface Decision {

        TriageDecisions.Outcome makeOn(UUID referralId, TriageDecisions decisions, ClinicalService service,
                String by);
    }

    public record Accept(@NotNull Priority priority) implements Decision {

        @Override
        public TriageDecisions.Outcome makeOn(UUID id, TriageDecisions decisions, ClinicalService service,
                String by) {
            return decisions.accept(id, service, priority, by);
        }
    }

    public record Decline(
            @NotBlank @Size(max = MAX_TEXT) String reason,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 1000) String> signposting) implements Decision {

        @Override
        public TriageDecisions.Outcome makeOn(UUID id, TriageDecisions decisions, ClinicalService service,
                String by) {
            return decisions.decline(id, service, reason, signposting, by);
        }
    }

    public record RequestInformation(@NotBlank @Size(max = MAX_TEXT) String question) implements Decision {

        @Override
        public TriageDecisions.Outcome makeOn(UUID id, TriageDecisions decisions, ClinicalService service,
                String by) {
            return decisions.requestInformation(id, service, question, by);
        }
    }

    public record Resume() implements Decision {

        @Override
        public TriageDecisions.Outcome makeOn(UUID id, TriageDecisions decisions, ClinicalService service,
                String by) {
            return decisions.resume(id, service, by);
        }
    }

    public record Reprioritise(
            @NotNull Priority priority,
            @NotNull ReprioritisationReason reasonCategory,
            @NotBlank @Size(max = MAX_TEXT) String reason) implements Decision {

        @Override
        public TriageDecisions.Outcome makeOn(UUID id, TriageDecisions decisions, ClinicalService service,
                String by) {
            return decisions.reprioritise(id, service, priority, reasonCategory, reason, by);
        }
    }

    public record Start() implements Decision {

        @Override
        public TriageDecisions.Outcome makeOn(UUID id, TriageDecisions decisions, ClinicalService service,
                String by) {
            return decisions.start(id, service, by);
        }
    }

    public record Close(
            @NotNull @Pattern(regexp = "COMPLETED|DISCHARGED", message = "must be COMPLETED or DISCHARGED")
            String outcome,
            @NotBlank @Size(max = MAX_TEXT) String summary) implements Decision {

        @Override
        public TriageDecisions.Outcome makeOn(UUID id, TriageDecisions decisions, ClinicalService service,
                String by) {
            return decisions.close(id, service, ClosureReason.valueOf(outcome), summary, by);
        }
    }
}
