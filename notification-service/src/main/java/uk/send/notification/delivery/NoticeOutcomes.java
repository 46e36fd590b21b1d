package uk.send.notification.delivery;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.send.contracts.Channel;
import uk.send.contracts.notification.NotificationDelivered;
import uk.send.contracts.notification.NotificationFailed;
import uk.send.notification.ChannelChoice;
import uk.send.notification.Notice;
import uk.send.notification.NoticeStatus;
import uk.send.notification.Notices;
import uk.send.outbox.Outbox;

/**
 * What happens to a notice once its channel has had its say, whoever says it: the delivery worker, a provider's
 * receipt, or the print room. Each writes the notice's new state and its event together.
 */
@ApplicationScoped
public class NoticeOutcomes {

    private final DeliveryAttempts attempts;
    private final Notices notices;
    private final Outbox outbox;

    NoticeOutcomes(DeliveryAttempts attempts, Notices notices, Outbox outbox) {
        this.attempts = attempts;
        this.notices = notices;
        this.outbox = outbox;
    }

    /**
     * The channel accepted the notice. An email or text has then reached the person as far as anyone can know, and
     * is announced as delivered; a letter is announced when it is posted or received for printing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sent(Notice notice) {
        notice.status = NoticeStatus.SENT;
        notice.sentAt = Instant.now();
        notice.lastError = null;
        if (notice.channel != Channel.LETTER) {
            announceDelivered(notice, notice.sentAt);
        }
    }

    /** The provider or the print room confirms the notice reached the person: a letter posted or received. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(Notice notice) {
        notice.status = NoticeStatus.DELIVERED;
        notice.deliveredAt = Instant.now();
        if (notice.channel == Channel.LETTER) {
            announceDelivered(notice, notice.deliveredAt);
        }
    }

    private void announceDelivered(Notice notice, Instant at) {
        outbox.add(notice.id.toString(), new NotificationDelivered(notice.id, notice.referralId,
                notice.causeEventId, notice.causeEventType, notice.recipientType, notice.channel, at));
    }

    /**
     * The notice's channel failed for good: it moves to the next channel that reaches the person, or is held when
     * none is left; the case work team is told either way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(Notice notice, String detail) {
        Channel next = ChannelChoice.next(notice, attempts.channelsTried(notice.id));
        outbox.add(notice.id.toString(), new NotificationFailed(notice.id, notice.referralId, notice.causeEventId,
                notice.causeEventType, notice.recipientType, notice.channel, detail, true, Instant.now()));
        notices.alertCaseworker(notice, detail, next);
        notice.lastError = detail;
        notice.deliveredAt = null;
        if (next == null) {
            notice.status = NoticeStatus.HELD;
            return;
        }
        notice.status = NoticeStatus.PENDING;
        notice.channel = next;
        notice.attempts = 0;
        notice.nextAttemptAt = Instant.now();
    }
}
