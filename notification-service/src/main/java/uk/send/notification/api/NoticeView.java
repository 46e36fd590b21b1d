package uk.send.notification.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.send.contracts.Channel;
import uk.send.contracts.RecipientType;
import uk.send.notification.Notice;
import uk.send.notification.NoticeKind;
import uk.send.notification.NoticeStatus;

/**
 * A notice as a case worker sees it: what it is about ({@code about}: SUBMITTED, ACCEPTED, CLOSED, ...) and its subject
 * line, to whom, how ({@code channel} now; {@code channelsTried} in order), and how far it got.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoticeView(UUID id, UUID referralId, NoticeKind about, String subject, RecipientType recipientType,
        String recipientName, String eventType, Channel channel, NoticeStatus status, int attempts, String lastError,
        List<Channel> channelsTried, Instant createdAt, Instant sentAt, Instant deliveredAt) {

    static NoticeView of(Notice notice, List<Channel> channelsTried) {
        return new NoticeView(notice.id, notice.referralId, notice.kind, notice.subject, notice.recipientType,
                notice.recipientName, notice.causeEventType, notice.channel, notice.status, notice.attempts,
                notice.lastError, channelsTried, notice.createdAt, notice.sentAt, notice.deliveredAt);
    }
}
