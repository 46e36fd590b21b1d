package uk.send.triage.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.send.contracts.Priority;
import uk.send.contracts.ReprioritisationReason;

/** The bodies of the decision endpoints. */
public final class DecisionRequests {

    private DecisionRequests() {
    }

    public record Accept(@NotNull Priority priority) {
    }

    public record Decline(
            @NotBlank @Size(max = 4000) String reason,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 1000) String> signposting) {
    }

    public record RequestInformation(@NotBlank @Size(max = 4000) String question) {
    }

    public record Reprioritise(
            @NotNull Priority priority,
            @NotNull ReprioritisationReason reasonCategory,
            @NotBlank @Size(max = 4000) String reason) {
    }

    public record Close(
            @NotNull @Pattern(regexp = "COMPLETED|DISCHARGED", message = "must be COMPLETED or DISCHARGED")
            String outcome,
            @NotBlank @Size(max = 4000) String summary) {
    }
}
