package uk.send.notification.template;

/** A step of an EHC needs assessment: when it was taken, the limits ahead, and the step in words. */
public record EhcStepWords(String assessmentReference, String on, String decisionDue, String finalPlanDue,
        String commentsBy, String step) implements EventWords {
}
