package uk.send.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.RecipientType;

/**
 * One notice about one event to one person, unique on (event, recipient). It keeps the words it was sent with and
 * the contact details it was addressed to, so what anyone was told can always be shown.
 */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "cause_event_id")
    public UUID causeEventId;

    @Column(name = "cause_event_type")
    public String causeEventType;

    @Column(name = "recipient_key")
    public String recipientKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type")
    public RecipientType recipientType;

    @Column(name = "recipient_name")
    public String recipientName;

    public String email;
    public String mobile;

    @Column(name = "address_line1")
    public String addressLine1;

    @Column(name = "address_line2")
    public String addressLine2;

    @Column(name = "address_postcode")
    public String postcode;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String language;

    @Column(name = "large_print")
    public boolean largePrint;

    /** What the notice is about; null for a notice written before kinds were kept. */
    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    public String subject;
    public String body;

    /** The notice as a text message, for a person told by text: the subject, the family page and the reference. */
    @Column(name = "text_message")
    public String textMessage;

    @Enumerated(EnumType.STRING)
    public NoticeStatus status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** Addresses the notice to the recipient as they are now: their name, details and format. */
    void addressTo(Recipient recipient) {
        recipientName = recipient.name;
        email = recipient.email;
        mobile = recipient.mobile;
        addressLine1 = recipient.addressLine1;
        addressLine2 = recipient.addressLine2;
        postcode = recipient.postcode;
        largePrint = recipient.accessibleFormat == AccessibleFormat.LARGE_PRINT;
    }

    /**
     * Whether the notice has reached its person as far as the platform can know: an email or text once the provider
     * accepted it, a letter only once it was posted (the council's print room) or received for printing (GOV.UK
     * Notify). A notice that also needs a format made by hand waits for that too; the closure audit's query
     * ({@code ClosureSummaries}) says the same in SQL.
     */
    public boolean reached() {
        return status == NoticeStatus.DELIVERED || (status == NoticeStatus.SENT && channel != Channel.LETTER);
    }

    public boolean reachableBy(Channel candidate) {
        return switch (candidate) {
            case EMAIL -> email != null && !email.isBlank();
            case SMS -> mobile != null && !mobile.isBlank();
            case LETTER -> addressLine1 != null && postcode != null;
        };
    }
}
