package uk.send.contracts.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;

/**
 * A school has referred a child. Carries what triage (child summary, reason, flags), transition planning
 * (identifiers, date of birth, year group) and notification (recipients) need; nothing else from the referral.
 * {@code transferredFrom} names the children's referral an adult one was handed over from: its {@code submittedAt}
 * is then the day the children's referral was received, so the young person keeps their wait. {@code reference} is
 * the reference people read aloud ({@code SND-4KQ7-9TXY}), absent from events raised before there was one.
 */
public record ReferralSubmitted(
        UUID referralId,
        Instant submittedAt,
        ClinicalService service,
        String schoolUrn,
        SchoolContact schoolContact,
        Child child,
        String reason,
        boolean complexHealthNeeds,
        boolean safeguardingConcern,
        List<FamilyContact> familyContacts,
        UUID transferredFrom,
        String reference) {

    /** A referral from a school. */
    public ReferralSubmitted(UUID referralId, Instant submittedAt, ClinicalService service, String schoolUrn,
            SchoolContact schoolContact, Child child, String reason, boolean complexHealthNeeds,
            boolean safeguardingConcern, List<FamilyContact> familyContacts) {
        this(referralId, submittedAt, service, schoolUrn, schoolContact, child, reason, complexHealthNeeds,
                safeguardingConcern, familyContacts, null, null);
    }

    public record Child(
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String nhsNumber,
            String upn,
            Integer yearGroup) {
    }

    public record SchoolContact(String name, String email) {
    }

    /** A parent or carer, or the young person themself ({@code youngPerson}, over compulsory school age). */
    public record FamilyContact(
            UUID contactId,
            String name,
            String relationship,
            String email,
            String mobile,
            PostalAddress postalAddress,
            Channel preferredChannel,
            String language,
            AccessibleFormat accessibleFormat,
            boolean youngPerson) {

        /** A parent or carer. */
        public FamilyContact(UUID contactId, String name, String relationship, String email, String mobile,
                PostalAddress postalAddress, Channel preferredChannel, String language,
                AccessibleFormat accessibleFormat) {
            this(contactId, name, relationship, email, mobile, postalAddress, preferredChannel, language,
                    accessibleFormat, false);
        }
    }

    public record PostalAddress(String line1, String line2, String postcode) {
    }
}
