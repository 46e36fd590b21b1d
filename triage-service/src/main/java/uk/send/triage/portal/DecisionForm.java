package uk.send.triage.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import uk.send.contracts.Priority;
import uk.send.contracts.ReprioritisationReason;
import uk.send.triage.CaseNotFound;
import uk.send.triage.api.DecisionRequests;

/**
 * A decision form of the referral page, read into the same request record as the JSON API takes, with what the form
 * asks for each of its fields. A choice the form did not offer reads as no choice, and blank text as none, so the
 * record's own constraints find them.
 */
record DecisionForm(String action, Record request, Map<String, String> prompts) {

    static DecisionForm read(String action, Map<String, String> values) {
        return switch (action) {
            case "accept" -> new DecisionForm(action,
                    new DecisionRequests.Accept(choice(Priority.class, values.get("priority"))),
                    Map.of("priority", "Select a priority"));
            case "decline" -> new DecisionForm(action,
                    new DecisionRequests.Decline(text(values.get("reason")), lines(values.get("signposting"))),
                    Map.of("reason", "Enter why the referral is declined",
                            "signposting", "Enter at least one place where the family can get help instead"));
            case "request-information" -> new DecisionForm(action,
                    new DecisionRequests.RequestInformation(text(values.get("question"))),
                    Map.of("question", "Enter the question for the school"));
            case "resume" -> new DecisionForm(action, new DecisionRequests.Resume(), Map.of());
            case "reprioritise" -> new DecisionForm(action,
                    new DecisionRequests.Reprioritise(choice(Priority.class, values.get("priority")),
                            choice(ReprioritisationReason.class, values.get("reasonCategory")),
                            text(values.get("reason"))),
                    Map.of("priority", "Select the new priority",
                            "reasonCategory", "Select why the priority changes",
                            "reason", "Enter the reason for the change"));
            case "start" -> new DecisionForm(action, new DecisionRequests.Start(), Map.of());
            case "close" -> new DecisionForm(action,
                    new DecisionRequests.Close(text(values.get("outcome")), text(values.get("summary"))),
                    Map.of("outcome", "Select completed or discharged",
                            "summary", "Enter a summary for the family"));
            default -> throw new CaseNotFound();
        };
    }

    DecisionRequests.Decision decision() {
        return (DecisionRequests.Decision) request;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One place a line, as the form's hint asks. */
    private static List<String> lines(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst().orElse(null);
    }
}
