package uk.send.notification.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.send.notification.Notice;

/**
 * How a claimed batch is shared among the senders: by person and referral, so that one person's notices about one
 * referral are sent by one sender, one after another, in the order they were written (nobody hears that a referral
 * closed before they hear that it was accepted), and different people's side by side.
 */
final class SenderShares {

    private SenderShares() {
    }

    /**
     * @param claimed the batch, oldest first
     * @param senders how many senders there are
     * @return one share per sender (fewer when there are fewer people), each a list of one person's notices about one
     *         referral, oldest first
     */
    static List<List<List<Notice>>> divide(List<Notice> claimed, int senders) {
        Map<String, List<Notice>> byRecipient = new LinkedHashMap<>();
        claimed.forEach(notice -> byRecipient.computeIfAbsent(notice.referralId + " " + notice.recipientKey,
                recipient -> new ArrayList<>()).add(notice));
        List<List<List<Notice>>> shares = new ArrayList<>();
        int next = 0;
        for (List<Notice> recipient : byRecipient.values()) {
            if (shares.size() < senders) {
                shares.add(new ArrayList<>());
            }
            shares.get(next++ % senders).add(recipient);
        }
        return shares;
    }
}
