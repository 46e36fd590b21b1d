package uk.send.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.send.notification.Notice;

/** A claimed batch is shared among the senders without splitting one person's notices about one referral. */
class SenderSharesTest {

    private final UUID referral = UUID.randomUUID();
    private final UUID another = UUID.randomUUID();

    @Test
    void onePersonsNoticesAboutOneReferralStayWithOneSenderInOrder() {
        Notice accepted = notice(referral, "family");
        Notice toSchool = notice(referral, "school");
        Notice closed = notice(referral, "family");
        Notice aboutAnother = notice(another, "family");

        List<List<List<Notice>>> shares = SenderShares.divide(List.of(accepted, toSchool, closed, aboutAnother), 4);

        assertThat(shares).hasSize(3);
        assertThat(shares.get(0)).containsExactly(List.of(accepted, closed));
        assertThat(shares.get(1)).containsExactly(List.of(toSchool));
        assertThat(shares.get(2)).containsExactly(List.of(aboutAnother));
    }

    @Test
    void morePeopleThanSendersAreDealtRoundAndEveryNoticeGoesOnce() {
        List<Notice> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(notice(UUID.randomUUID(), "family"));
        }

        List<List<List<Notice>>> shares = SenderShares.divide(batch, 4);

        assertThat(shares).hasSize(4).allSatisfy(share -> assertThat(share).hasSizeBetween(12, 13));
        assertThat(shares.stream().flatMap(List::stream).flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void aNoticeAboutNoReferralIsGroupedByPersonAlone() {
        Notice first = notice(null, "young-person");
        Notice second = notice(null, "young-person");

        assertThat(SenderShares.divide(List.of(first, second), 4)).containsExactly(List.of(List.of(first, second)));
    }

    private static Notice notice(UUID referralId, String recipientKey) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.referralId = referralId;
        notice.recipientKey = recipientKey;
        return notice;
    }
}
