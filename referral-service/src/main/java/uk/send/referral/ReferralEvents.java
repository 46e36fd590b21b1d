package uk.send.referral;

import java.time.Instant;
import java.util.UUID;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import uk.send.contracts.RecipientType;
import uk.send.contracts.ReprioritisationReason;
import uk.send.contracts.WaitingUpdateReason;
import uk.send.contracts.referral.ReferralChildCorrected;
import uk.send.contracts.referral.ReferralContactsChanged;
import uk.send.contracts.referral.ReferralEhcAssessmentRequested;
import uk.send.contracts.referral.ReferralReprioritised;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.referral.ReferralWaitingUpdate;
import uk.send.contracts.referral.SupportOffer;
import uk.send.outbox.Outbox;

/**
 * Maps referral changes to the events other services consume, and records them in the outbox. A reason travels
 * only when it was written for the family: the events reach notification-service, which writes to schools and
 * families, so an internal reason (a safeguarding concern) never leaves this service.
 */
@ApplicationScoped
public class ReferralEvents {

    private final Outbox outbox;

    ReferralEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void submitted(Referral referral) {
        outbox.add(referral.id().toString(), new ReferralSubmitted(
                referral.id(),
                referral.submittedAt(),
                referral.service(),
                referral.schoolUrn(),
                new ReferralSubmitted.SchoolContact(referral.schoolContact().name(), referral.schoolContact().email()),
                child(referral),
                referral.reason(),
                referral.complexHealthNeeds(),
                referral.safeguardingConcern(),
                familyContacts(referral),
                referral.transferredFrom(),
                referral.reference()));
    }

    void childCorrected(Referral referral, Instant at) {
        outbox.add(referral.id().toString(), new ReferralChildCorrected(referral.id(), child(referral), at));
    }

    private static ReferralSubmitted.Child child(Referral referral) {
        Child child = referral.child();
        return new ReferralSubmitted.Child(child.givenName(), child.familyName(), child.dateOfBirth(),
                child.nhsNumber(), child.upn(), child.yearGroup());
    }

    void contactsChanged(Referral referral, Instant at) {
        outbox.add(referral.id().toString(), new ReferralContactsChanged(referral.id(), familyContacts(referral), at));
    }

    private static List<ReferralSubmitted.FamilyContact> familyContacts(Referral referral) {
        return referral.familyContacts().stream().map(contact -> new ReferralSubmitted.FamilyContact(
                contact.id(), contact.name(), contact.relationship(), contact.email(), contact.mobile(),
                contact.addressLine1() == null ? null : new ReferralSubmitted.PostalAddress(
                        contact.addressLine1(), contact.addressLine2(), contact.postcode()),
                contact.preferredChannel(), contact.language(), contact.accessibleFormat(),
                contact.youngPerson())).toList();
    }

    void statusChanged(Referral referral, StatusChange change) {
        ChangeDetails details = change.details();
        outbox.add(referral.id().toString(), new ReferralStatusChanged(
                referral.id(),
                referral.service(),
                referral.schoolUrn(),
                change.from(),
                change.to(),
                change.at(),
                referral.priority(),
                change.reasonFor(RecipientType.FAMILY),
                referral.closureReason(),
                details.signposting(),
                details.question(),
                details.waitingListPosition(),
                details.estimatedWaitWeeks(),
                details.supportOffers(),
                change.answeredBySchool()));
    }

    void waitingUpdate(Referral referral, WaitingUpdateReason reason, Instant at) {
        List<SupportOffer> offers = referral.timeline().stream().map(change -> change.details().supportOffers())
                .filter(list -> list != null && !list.isEmpty()).reduce((first, later) -> later).orElse(List.of());
        outbox.add(referral.id().toString(), new ReferralWaitingUpdate(referral.id(), referral.service(),
                referral.schoolUrn(), referral.waitingPlace(), referral.waitingEstimateWeeks(), offers, reason, at));
    }

    void reprioritised(Referral referral, uk.send.contracts.Priority from, ReprioritisationReason category,
            StatusChange change, Instant at) {
        outbox.add(referral.id().toString(), new ReferralReprioritised(
                referral.id(),
                referral.service(),
                referral.schoolUrn(),
                from,
                referral.priority(),
                category,
                change.reasonFor(RecipientType.FAMILY),
                change.details().waitingListPosition(),
                change.details().estimatedWaitWeeks(),
                at));
    }

    /** A family member asked, in the family view, for an EHC needs assessment for the referral's child. */
    public void ehcAssessmentRequested(UUID referralId, boolean byYoungPerson, Instant at) {
        outbox.add(referralId.toString(), new ReferralEhcAssessmentRequested(referralId, byYoungPerson, at));
    }
}
