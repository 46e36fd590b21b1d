package uk.send.testservers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.referral.ReferralSubmitted;

/**
 * A referral as referral-service announces it, for tests of the services that consume it: a school's referral to
 * speech and language therapy received now, for a child of seven, with one parent told by email. Each {@code with}
 * method changes one thing; {@link #event()} is the event to send.
 */
public record SubmittedReferral(UUID id, Instant receivedAt, ClinicalService service, String schoolUrn,
        String schoolEmail, ReferralSubmitted.Child child, String reason, boolean complexHealthNeeds,
        boolean safeguardingConcern, List<ReferralSubmitted.FamilyContact> family) {

    public static SubmittedReferral of(UUID id) {
        return new SubmittedReferral(id, Instant.now(), ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "100001",
                "senco@oakfield.example.org",
                new ReferralSubmitted.Child("Amara", "Jones", LocalDate.now().minusYears(7), null, null, null),
                "Reason for referral", false, false, List.of(emailContact("grace@example.org")));
    }

    /** A parent, Grace Jones, who asked to be told by email in English. */
    public static ReferralSubmitted.FamilyContact emailContact(String email) {
        return new ReferralSubmitted.FamilyContact(UUID.randomUUID(), "Grace Jones", "mother", email, null, null,
                Channel.EMAIL, "en", AccessibleFormat.NONE);
    }

    public SubmittedReferral withService(ClinicalService to) {
        return new SubmittedReferral(id, receivedAt, to, schoolUrn, schoolEmail, child, reason, complexHealthNeeds,
                safeguardingConcern, family);
    }

    public SubmittedReferral withReceivedAt(Instant at) {
        return new SubmittedReferral(id, at, service, schoolUrn, schoolEmail, child, reason, complexHealthNeeds,
                safeguardingConcern, family);
    }

    public SubmittedReferral withSchool(String urn, String email) {
        return new SubmittedReferral(id, receivedAt, service, urn, email, child, reason, complexHealthNeeds,
                safeguardingConcern, family);
    }

    public SubmittedReferral withChild(ReferralSubmitted.Child to) {
        return new SubmittedReferral(id, receivedAt, service, schoolUrn, schoolEmail, to, reason, complexHealthNeeds,
                safeguardingConcern, family);
    }

    /** The child of the default family, by another given name and date of birth. */
    public SubmittedReferral withChild(String givenName, LocalDate dateOfBirth) {
        return withChild(new ReferralSubmitted.Child(givenName, child.familyName(), dateOfBirth, child.nhsNumber(),
                child.upn(), child.yearGroup()));
    }

    public SubmittedReferral withReason(String to) {
        return new SubmittedReferral(id, receivedAt, service, schoolUrn, schoolEmail, child, to, complexHealthNeeds,
                safeguardingConcern, family);
    }

    public SubmittedReferral withFlags(boolean complex, boolean safeguarding) {
        return new SubmittedReferral(id, receivedAt, service, schoolUrn, schoolEmail, child, reason, complex,
                safeguarding, family);
    }

    public SubmittedReferral withFamily(ReferralSubmitted.FamilyContact... contacts) {
        return new SubmittedReferral(id, receivedAt, service, schoolUrn, schoolEmail, child, reason,
                complexHealthNeeds, safeguardingConcern, List.of(contacts));
    }

    public ReferralSubmitted event() {
        return new ReferralSubmitted(id, receivedAt, service, schoolUrn,
                new ReferralSubmitted.SchoolContact("Ms Patel", schoolEmail), child, reason, complexHealthNeeds,
                safeguardingConcern, family);
    }
}
