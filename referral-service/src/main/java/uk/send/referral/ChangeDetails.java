package uk.send.referral;

import java.util.List;

import uk.send.contracts.referral.SupportOffer;

/**
 * What a status change tells the school and family beyond the status: the question for the school, the waiting-list
 * place and the support offered while waiting, or where to get help instead after a decline.
 */
public record ChangeDetails(
        String question,
        Integer waitingListPosition,
        Integer estimatedWaitWeeks,
        List<SupportOffer> supportOffers,
        List<String> signposting) {

    public static ChangeDetails none() {
        return new ChangeDetails(null, null, null, null, null);
    }

    public static ChangeDetails question(String question) {
        return new ChangeDetails(question, null, null, null, null);
    }

    public static ChangeDetails signposting(List<String> signposting) {
        return new ChangeDetails(null, null, null, null, signposting);
    }

    public static ChangeDetails waitingList(Integer position, Integer estimatedWeeks, List<SupportOffer> offers) {
        return new ChangeDetails(null, position, estimatedWeeks, offers, null);
    }
}
