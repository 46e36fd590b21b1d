package uk.send.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.RecipientType;
import uk.send.notification.formats.FormatRequests;
import uk.send.notification.template.AlertWords;
import uk.send.notification.template.EventWords;
import uk.send.notification.template.NoticeData;
import uk.send.outbox.UnprocessableEvent;

/**
 * Turns an event into its notices: one per recipient the plan names, each in the recipient's language and on the
 * first channel that can reach them. Written in the consumer's transaction, so an event's notices exist exactly
 * when the event is marked processed.
 */
@ApplicationScoped
public class Notices {

    /**
     * Added to every notice to a young person: from the end of compulsory school age the right to make decisions
     * passes from their parents to them (SEND Code of Practice 2015, paragraphs 8.13 to 8.15; Children and Families
     * Act 2014, s.83(2)).
     */
    static final String YOUNG_PERSON = "You are now old enough to make decisions about your own support. You can ask "
            + "the school or the SEND team to change or withdraw this referral, say who else should be told about it, "
            + "and ask someone you trust, such as a parent, to help you.\n";


    private final NoticeText text;
    private final NoticeLanguages languages;
    private final FormatRequests formatRequests;
    private final NotificationConfig config;
    private final Event<NoticesWritten> written;

    Notices(NoticeText text, NoticeLanguages languages, FormatRequests formatRequests, NotificationConfig config,
            Event<NoticesWritten> written) {
        this.text = text;
        this.languages = languages;
        this.formatRequests = formatRequests;
        this.config = config;
        this.written = written;
    }

    /**
     * Writes the notices of an event about one referral, or about no referral (then only the case work team is
     * told); {@code details} are the template's event fields.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(IncomingEvent event, UUID referralId, List<NoticePlan.Addressee> addressees,
            EventWords details) {
        ReferralCopy referral = referralId == null ? null : ReferralCopy.findById(referralId);
        if (referralId != null && referral == null) {
            throw new UnprocessableEvent("unknown referral " + referralId);
        }
        for (NoticePlan.Addressee addressee : addressees) {
            if (referral == null && addressee.type() != RecipientType.CASEWORKER) {
                // A child known only to transition planning: the case work team speaks to the family.
                continue;
            }
            for (Recipient recipient : recipients(referralId, addressee.type())) {
                writeFor(event, referral, recipient, addressee, details);
            }
        }
        written.fire(new NoticesWritten());
    }

    /** Writes the notice of an event meant for one recipient alone, such as an invitation with its code. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writeToOne(IncomingEvent event, UUID referralId, String recipientKey, String template,
            EventWords details) {
        ReferralCopy referral = ReferralCopy.findById(referralId);
        Recipient recipient = Recipient.findById(new Recipient.Key(referralId, recipientKey));
        if (referral == null || recipient == null) {
            throw new UnprocessableEvent("unknown recipient of referral " + referralId);
        }
        writeFor(event, referral, recipient, new NoticePlan.Addressee(recipient.type, template), details);
        written.fire(new NoticesWritten());
    }

    private void writeFor(IncomingEvent event, ReferralCopy referral, Recipient recipient,
            NoticePlan.Addressee addressee, EventWords details) {
        UUID referralId = referral == null ? null : referral.referralId;
        NoticeData notice = new NoticeData(addressee.type().name(), recipient.name,
                referral == null ? "a child known to the SEND team" : referral.childGivenName,
                referral == null ? "" : NoticeText.serviceName(referral.service),
                referral == null ? null : referral.shownReference(), config.inboxUrl());
        NoticeText.Written words = text.write(addressee.template(), languages.writtenIn(recipient.language), notice,
                details);
        if (recipient.youngPerson) {
            words = new NoticeText.Written(words.subject(), words.body() + "\n" + YOUNG_PERSON, words.language(),
                    words.textMessage());
        }
        create(event.metadata().id(), event.metadata().type(), referralId, recipient,
                NoticeKind.ofTemplate(addressee.template()), words);
    }

    /**
     * Tells the case work team that a notice could not go by its channel. Written at most once per notice and
     * channel, however often the failure is seen.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void alertCaseworker(Notice failed, String problem, Channel nextChannel) {
        UUID cause = UUID.nameUUIDFromBytes(("alert:" + failed.id + ":" + failed.channel).getBytes());
        if (Notice.count("causeEventId = ?1", cause) > 0) {
            return;
        }
        ReferralCopy referral = failed.referralId == null ? null : ReferralCopy.findById(failed.referralId);
        Recipient caseworker = caseworker();
        NoticeData notice = new NoticeData(RecipientType.CASEWORKER.name(), caseworker.name,
                referral == null ? null : referral.childGivenName,
                referral == null ? "" : NoticeText.serviceName(referral.service),
                referral == null ? null : referral.shownReference(), config.inboxUrl());
        AlertWords alert = new AlertWords(NoticeText.lowerWords(failed.recipientType), failed.causeEventType,
                NoticeText.lowerWords(failed.channel), problem, nextChannel == null,
                NoticeText.lowerWords(nextChannel));
        NoticeText.Written words = text.write("caseworker-alert", NoticeLanguages.ENGLISH, notice, alert);
        create(cause, "notification.alert", failed.referralId, caseworker, NoticeKind.DELIVERY_ALERT, words);
        written.fire(new NoticesWritten());
    }

    private void create(UUID causeEventId, String causeEventType, UUID referralId, Recipient recipient,
            NoticeKind kind, NoticeText.Written words) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.referralId = referralId;
        notice.causeEventId = causeEventId;
        notice.causeEventType = causeEventType;
        notice.recipientKey = recipient.recipientKey;
        notice.recipientType = recipient.type;
        notice.addressTo(recipient);
        notice.language = words.language();
        notice.kind = kind;
        notice.subject = words.subject();
        notice.body = words.body();
        notice.textMessage = words.textMessage();
        notice.attempts = 0;
        notice.createdAt = Instant.now();
        notice.nextAttemptAt = notice.createdAt;
        notice.status = NoticeStatus.PENDING;
        notice.channel = ChannelChoice.first(notice, recipient.preferredChannel);
        boolean reachable = notice.channel != null;
        if (!reachable) {
            // Nobody can be reached: a letter is queued for when an address is found, and the case worker is told.
            notice.channel = Channel.LETTER;
            notice.status = NoticeStatus.HELD;
            notice.lastError = "no email, mobile or postal address";
        }
        notice.persist();
        // Braille, easy read, audio, an interpreter or a translation: made by a person, asked for now.
        formatRequests.raiseFor(notice, recipient, languages.offers(recipient.language));
        if (!reachable) {
            alertCaseworker(notice, notice.lastError, null);
        }
    }

    /**
     * Sends a family contact's notices that have not gone yet to where the contact is reached now, by the channel they
     * now prefer: one still waiting for another try, and one held because nobody could be reached, which is released.
     * A notice the contact cannot be reached for stays held. Returns how many were released.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int readdress(Recipient recipient) {
        List<Notice> waiting = Notice.find("referralId = ?1 AND recipientKey = ?2 AND status IN ?3",
                recipient.referralId, recipient.recipientKey, List.of(NoticeStatus.PENDING, NoticeStatus.HELD))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        int released = 0;
        for (Notice notice : waiting) {
            notice.addressTo(recipient);
            Channel channel = ChannelChoice.first(notice, recipient.preferredChannel);
            if (channel == null) {
                continue;
            }
            if (notice.status == NoticeStatus.HELD) {
                released++;
            }
            notice.channel = channel;
            notice.status = NoticeStatus.PENDING;
            notice.attempts = 0;
            notice.lastError = null;
            notice.nextAttemptAt = Instant.now();
        }
        written.fire(new NoticesWritten());
        return released;
    }

    private List<Recipient> recipients(UUID referralId, RecipientType type) {
        if (type == RecipientType.CASEWORKER) {
            return List.of(caseworker());
        }
        List<Recipient> found = Recipient.list("referralId = ?1 AND type = ?2 ORDER BY recipientKey", referralId,
                type);
        // One notice per person even if the school entered the same contact twice.
        Map<String, Recipient> distinct = new LinkedHashMap<>();
        for (Recipient recipient : found) {
            distinct.putIfAbsent(recipient.email != null ? recipient.email.toLowerCase() : recipient.recipientKey,
                    recipient);
        }
        return new ArrayList<>(distinct.values());
    }

    private Recipient caseworker() {
        Recipient team = new Recipient();
        team.recipientKey = "CASEWORKER";
        team.type = RecipientType.CASEWORKER;
        team.name = "SEND case work team";
        team.email = config.caseworkerEmail();
        team.preferredChannel = Channel.EMAIL;
        team.language = "en";
        team.accessibleFormat = AccessibleFormat.NONE;
        return team;
    }
}
