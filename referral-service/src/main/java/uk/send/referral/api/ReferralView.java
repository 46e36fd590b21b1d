package uk.send.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.Priority;
import uk.send.contracts.RecipientType;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.referral.SupportOffer;
import uk.send.referral.ChangeDetails;
import uk.send.referral.FamilyContact;
import uk.send.referral.fhir.FhirMapping;
import uk.send.referral.Referral;
import uk.send.referral.StatusChange;

/**
 * A referral as staff see it (school, clinicians, case workers), with its timeline. A reason on the timeline is
 * shown only to a reader it was written for: a school never reads an internal reason. Families have a view of
 * their own, {@link FamilyReferralView}. A referral handed over to an adult service names the one it became
 * ({@code handedOverTo}); the adult referral names the one it came from ({@code transferredFrom}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralView(
        UUID id,
        String reference,
        ReferralStatus status,
        ClinicalService service,
        String schoolUrn,
        Priority priority,
        ClosureReason closureReason,
        FhirMapping.Statuses fhir,
        Child child,
        SchoolContact schoolContact,
        String reason,
        boolean complexHealthNeeds,
        boolean safeguardingConcern,
        List<Contact> familyContacts,
        Instant submittedAt,
        Instant updatedAt,
        UUID transferredFrom,
        UUID handedOverTo,
        List<TimelineEntry> timeline) {

    public record Child(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber, String upn,
            Integer yearGroup) {
    }

    public record SchoolContact(String name, String email) {
    }

    /** A family contact in the shape a correction sends back ({@code PATCH /api/referrals/{id}/contacts}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(UUID id, String name, String relationship, String email, String mobile,
            SubmitReferralRequest.PostalAddress postalAddress, Channel preferredChannel, String language,
            AccessibleFormat accessibleFormat, Boolean youngPerson) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineEntry(ReferralStatus status, Instant at, String reason, String by, Priority priority,
            String question, List<String> signposting, Integer waitingListPosition, Integer estimatedWaitWeeks,
            List<SupportOffer> supportOffers, Boolean schoolAnswer, List<ChangeDetails.AttachedFile> attachments) {
    }

    static ReferralView of(Referral referral, RecipientType reader) {
        uk.send.referral.Child child = referral.child();
        return new ReferralView(referral.id(), referral.reference(), referral.status(), referral.service(), referral.schoolUrn(),
                referral.priority(), referral.closureReason(), referral.fhirStatus(),
                new Child(child.givenName(), child.familyName(), child.dateOfBirth(), child.nhsNumber(), child.upn(),
                        child.yearGroup()),
                new SchoolContact(referral.schoolContact().name(), referral.schoolContact().email()),
                referral.reason(), referral.complexHealthNeeds(), referral.safeguardingConcern(),
                referral.familyContacts().stream().map(ReferralView::contact).toList(),
                referral.submittedAt(), referral.updatedAt(), referral.transferredFrom(),
                referral.handedOverTo().orElse(null),
                referral.timeline().stream().map(change -> entry(change, reader)).toList());
    }

    private static Contact contact(FamilyContact contact) {
        return new Contact(contact.id(), contact.name(), contact.relationship(), contact.email(), contact.mobile(),
                contact.addressLine1() == null ? null : new SubmitReferralRequest.PostalAddress(contact.addressLine1(),
                        contact.addressLine2(), contact.postcode()),
                contact.preferredChannel(), contact.language(), contact.accessibleFormat(),
                contact.youngPerson() ? Boolean.TRUE : null);
    }

    private static TimelineEntry entry(StatusChange change, RecipientType reader) {
        var details = change.details();
        return new TimelineEntry(change.to(), change.at(), change.reasonFor(reader), change.by(), change.priority(),
                details.question(), details.signposting(), details.waitingListPosition(),
                details.estimatedWaitWeeks(), details.supportOffers(), details.isSchoolAnswer() ? true : null,
                details.attachments());
    }
}
