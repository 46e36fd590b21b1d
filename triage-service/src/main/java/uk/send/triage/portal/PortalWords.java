package uk.send.triage.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import uk.send.contracts.Priority;
import uk.send.contracts.ReprioritisationReason;
import uk.send.triage.TriageStage;

/**
 * The portal's words for what the platform stores as codes: stages, priorities and reasons as a clinician says them,
 * dates and times as people write them in UK time. Used in templates as {@code {c.stage.words}},
 * {@code {c.receivedAt.written}}.
 */
@TemplateExtension
public final class PortalWords {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(UK);

    private PortalWords() {
    }

    static String words(TriageStage stage) {
        return switch (stage) {
            case TRIAGE -> "Awaiting triage";
            case INFORMATION_REQUESTED -> "Waiting for the school's answer";
            case WAITING -> "On the waiting list";
            case IN_PROGRESS -> "Being seen";
            case CLOSED -> "Closed";
        };
    }

    static String words(Priority priority) {
        return switch (priority) {
            case URGENT -> "Urgent";
            case PRIORITY -> "Priority";
            case ROUTINE -> "Routine";
        };
    }

    static String words(ReprioritisationReason reason) {
        return switch (reason) {
            case DETERIORATION -> "Things have got worse";
            case SAFEGUARDING -> "Safeguarding concern (staff only)";
            case OTHER -> "Another reason";
        };
    }

    /** A decision as recorded in triage ({@code ACCEPTED}, {@code CLOSED_COMPLETED}, ...) as a clinician says it. */
    static String decision(String code) {
        if (code.startsWith("CLOSED_")) {
            return "Closed: " + code.substring("CLOSED_".length()).replace('_', ' ').toLowerCase(Locale.UK);
        }
        return switch (code) {
            case "ACCEPTED" -> "Accepted";
            case "DECLINED" -> "Declined";
            case "INFORMATION_REQUESTED" -> "Asked the school for more information";
            case "TRIAGE_RESUMED" -> "Back in triage";
            case "REPRIORITISED" -> "Priority changed";
            case "STARTED" -> "Started seeing the child";
            default -> code.replace('_', ' ').toLowerCase(Locale.UK);
        };
    }

    /**
     * A decision's reason as a sentence: a re-prioritisation's category in words rather than its code, and a full
     * stop unless the reason ends with one already (a question keeps its question mark).
     */
    static String sentence(String reason) {
        String text = reason.strip();
        for (ReprioritisationReason category : ReprioritisationReason.values()) {
            if (text.startsWith(category.name() + ": ")) {
                text = words(category) + ": " + text.substring(category.name().length() + 2);
            }
        }
        return text.matches(".*[.?!]$") ? text : text + ".";
    }

    static String written(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String written(Instant at) {
        return at == null ? "" : DAY_AND_TIME.format(at);
    }
}
