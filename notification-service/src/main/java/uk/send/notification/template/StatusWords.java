package uk.send.notification.template;

import java.util.List;

import uk.send.contracts.referral.SupportOffer;

/** A referral's change of status: its priority and place on the waiting list, a question, a closure and why. */
public record StatusWords(String priorityText, Integer position, Integer weeks, List<SupportOffer> offers,
        String question, String reason, String closureReason, List<String> signposting) implements EventWords {
}
