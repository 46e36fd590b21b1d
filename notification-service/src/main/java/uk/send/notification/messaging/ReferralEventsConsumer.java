package uk.send.notification.messaging;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.EventType;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.RecipientType;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.TextAudience;
import uk.send.contracts.referral.ReferralChildCorrected;
import uk.send.contracts.referral.ReferralContactsChanged;
import uk.send.contracts.referral.ReferralFamilyInvited;
import uk.send.contracts.referral.ReferralFamilyLinked;
import uk.send.contracts.referral.ReferralFamilyUnlinked;
import uk.send.contracts.referral.ReferralRecordsDestroyed;
import uk.send.contracts.referral.ReferralReprioritised;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.referral.ReferralWaitingUpdate;
import uk.send.notification.NoticePlan;
import uk.send.notification.NoticeText;
import uk.send.notification.Notices;
import uk.send.notification.Recipient;
import uk.send.notification.ReferralCopy;
import uk.send.notification.retention.ReferralCopyDestruction;
import uk.send.notification.template.InvitationWords;
import uk.send.notification.template.NoWords;
import uk.send.notification.template.ReprioritisedWords;
import uk.send.notification.template.StatusWords;
import uk.send.notification.template.WaitingUpdateWords;
import uk.send.outbox.IdempotentConsumer;
import uk.send.outbox.UnprocessableEvent;

/** Keeps this service's copy of each referral and its recipients, and writes the notices of each change. */
@ApplicationScoped
public class ReferralEventsConsumer {

    static final String GROUP = "notification-service";

    /** transition-service records an assessment request; its ehc.assessment-updated tells the family and school. */
    private static final Set<EventType> TOLD_BY_OTHERS = EnumSet.of(EventType.REFERRAL_EHC_ASSESSMENT_REQUESTED);

    private final IdempotentConsumer consumer;
    private final Notices notices;
    private final ReferralCopyDestruction destruction;

    ReferralEventsConsumer(IdempotentConsumer consumer, Notices notices, ReferralCopyDestruction destruction) {
        this.consumer = consumer;
        this.notices = notices;
        this.destruction = destruction;
    }

    @Incoming("referral-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consumeAll(GROUP, records, TOLD_BY_OTHERS, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.eventType()) {
            case REFERRAL_SUBMITTED -> submitted(event, event.payload(ReferralSubmitted.class));
            case REFERRAL_STATUS_CHANGED -> statusChanged(event, event.payload(ReferralStatusChanged.class));
            case REFERRAL_REPRIORITISED -> reprioritised(event, event.payload(ReferralReprioritised.class));
            case REFERRAL_FAMILY_INVITED -> invited(event, event.payload(ReferralFamilyInvited.class));
            case REFERRAL_FAMILY_LINKED -> {
                ReferralFamilyLinked linked = event.payload(ReferralFamilyLinked.class);
                familyRecipient(linked.referralId(), linked.contactId()).linkedSubject = linked.subject();
            }
            case REFERRAL_FAMILY_UNLINKED -> {
                ReferralFamilyUnlinked unlinked = event.payload(ReferralFamilyUnlinked.class);
                familyRecipient(unlinked.referralId(), unlinked.contactId()).linkedSubject = null;
            }
            case REFERRAL_WAITING_UPDATE -> waitingUpdate(event, event.payload(ReferralWaitingUpdate.class));
            case REFERRAL_CONTACTS_CHANGED -> contactsChanged(event.payload(ReferralContactsChanged.class));
            case REFERRAL_CHILD_CORRECTED -> {
                // Notices from now on use the corrected name; those already sent said what was known then.
                ReferralChildCorrected corrected = event.payload(ReferralChildCorrected.class);
                ReferralCopy copy = ReferralCopy.findById(corrected.referralId());
                if (copy == null) {
                    throw new UnprocessableEvent("unknown referral " + corrected.referralId());
                }
                copy.childGivenName = corrected.child().givenName();
            }
            case REFERRAL_RECORDS_DESTROYED ->
                    destruction.destroy(event.payload(ReferralRecordsDestroyed.class).referralId());
            default -> throw new UnprocessableEvent(event.metadata().type() + " is not a referral event");
        }
    }

    private void submitted(IncomingEvent event, ReferralSubmitted submitted) {
        ReferralCopy copy = new ReferralCopy();
        copy.referralId = submitted.referralId();
        copy.reference = submitted.reference();
        copy.service = submitted.service();
        copy.schoolUrn = submitted.schoolUrn();
        copy.childGivenName = submitted.child().givenName();
        copy.status = ReferralStatus.SUBMITTED;
        copy.updatedAt = submitted.submittedAt();
        copy.persist();

        Recipient school = new Recipient();
        school.referralId = copy.referralId;
        school.recipientKey = Recipient.SCHOOL;
        school.type = RecipientType.SCHOOL;
        school.name = submitted.schoolContact().name();
        school.email = submitted.schoolContact().email();
        school.preferredChannel = Channel.EMAIL;
        school.language = "en";
        school.accessibleFormat = AccessibleFormat.NONE;
        school.persist();
        for (ReferralSubmitted.FamilyContact contact : submitted.familyContacts()) {
            follow(copy.referralId, contact);
        }
        notices.write(event, copy.referralId, NoticePlan.of(event.eventType(), submitted), new NoWords());
    }

    /**
     * The referral's family contacts as they are now: each copy follows, and their notices not sent yet go to where
     * they are reached now (a held one is released).
     */
    private void contactsChanged(ReferralContactsChanged changed) {
        copy(changed.referralId());
        for (ReferralSubmitted.FamilyContact contact : changed.familyContacts()) {
            notices.readdress(follow(changed.referralId(), contact));
        }
    }

    /** This service's copy of a family contact, made or brought up to date; the link to an account is kept. */
    private static Recipient follow(UUID referralId, ReferralSubmitted.FamilyContact contact) {
        Recipient family = Recipient.<Recipient>findByIdOptional(
                new Recipient.Key(referralId, Recipient.familyKey(contact.contactId()))).orElseGet(() -> {
                    Recipient created = new Recipient();
                    created.referralId = referralId;
                    created.recipientKey = Recipient.familyKey(contact.contactId());
                    created.type = RecipientType.FAMILY;
                    return created;
                });
        family.name = contact.name();
        family.email = contact.email();
        family.mobile = contact.mobile();
        ReferralSubmitted.PostalAddress address = contact.postalAddress();
        family.addressLine1 = address == null ? null : address.line1();
        family.addressLine2 = address == null ? null : address.line2();
        family.postcode = address == null ? null : address.postcode();
        family.preferredChannel = contact.preferredChannel();
        family.language = contact.language();
        family.accessibleFormat = contact.accessibleFormat();
        family.youngPerson = contact.youngPerson();
        family.persist();
        return family;
    }

    private void statusChanged(IncomingEvent event, ReferralStatusChanged change) {
        ReferralCopy copy = copy(change.referralId());
        copy.status = change.to();
        copy.updatedAt = change.changedAt();
        if (change.to() == ReferralStatus.CLOSED) {
            copy.closureReason = change.closureReason();
            copy.closedAt = change.changedAt();
            copy.closureEventId = event.metadata().id();
        }
        StatusWords details = new StatusWords(NoticeText.lowerWords(change.priority()),
                change.waitingListPosition(), change.estimatedWaitWeeks(), change.supportOffers(), change.question(),
                change.reason(), change.closureReason() == null ? null : change.closureReason().name(),
                change.signposting());
        notices.write(event, copy.referralId, NoticePlan.of(event.eventType(), change), details);
    }

    private void waitingUpdate(IncomingEvent event, ReferralWaitingUpdate update) {
        ReferralCopy copy = copy(update.referralId());
        WaitingUpdateWords details = new WaitingUpdateWords(update.waitingListPosition(),
                update.estimatedWaitWeeks(), update.supportOffers(), NoticeText.date(update.at()));
        notices.write(event, copy.referralId, NoticePlan.of(event.eventType(), update), details);
    }

    private void reprioritised(IncomingEvent event, ReferralReprioritised change) {
        ReferralCopy copy = copy(change.referralId());
        copy.updatedAt = change.reprioritisedAt();
        // referral-service never sends an internal reason; should one arrive, it is not written into any notice.
        String reason = TextAudience.ofReprioritisation(change.reasonCategory()) == TextAudience.FAMILY
                ? change.reason() : null;
        ReprioritisedWords details = new ReprioritisedWords(NoticeText.lowerWords(change.to()), reason,
                change.waitingListPosition(), change.estimatedWaitWeeks());
        notices.write(event, copy.referralId, NoticePlan.of(event.eventType(), change), details);
    }

    private void invited(IncomingEvent event, ReferralFamilyInvited invitation) {
        copy(invitation.referralId());
        InvitationWords details = new InvitationWords(invitation.code(), NoticeText.date(invitation.expiresAt()));
        notices.writeToOne(event, invitation.referralId(), Recipient.familyKey(invitation.contactId()), "invitation",
                details);
    }

    private static Recipient familyRecipient(UUID referralId, UUID contactId) {
        Recipient recipient = Recipient.findById(new Recipient.Key(referralId, Recipient.familyKey(contactId)));
        if (recipient == null) {
            throw new UnprocessableEvent("unknown family contact of referral " + referralId);
        }
        return recipient;
    }

    private static ReferralCopy copy(UUID referralId) {
        ReferralCopy copy = ReferralCopy.findById(referralId);
        if (copy == null) {
            throw new UnprocessableEvent("unknown referral " + referralId);
        }
        return copy;
    }
}
