package uk.send.notification.template;

import java.util.List;

import uk.send.contracts.referral.SupportOffer;

/** Regular news while a child waits: the place, the wait and the help on offer meanwhile, as of today. */
public record WaitingUpdateWords(Integer position, Integer weeks, List<SupportOffer> offers, String today)
        implements EventWords {
}
