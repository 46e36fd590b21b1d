package uk.send.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.Priority;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.referral.SupportOffer;
import uk.send.testservers.SubmittedReferral;

/** Referral events as referral-service publishes them, each referral with addresses of its own. */
final class Referrals {

    private Referrals() {
    }

    static ReferralSubmitted submitted(UUID id, ReferralSubmitted.FamilyContact... family) {
        return SubmittedReferral.of(id).withSchool("100001", school(id))
                .withChild(new ReferralSubmitted.Child("Amara", "Jones", LocalDate.now().minusYears(7), "9434765919",
                        null, null))
                .withReason("Limited expressive language").withFamily(family).event();
    }

    static String school(UUID id) {
        return "senco-" + id + "@school.example.org";
    }

    static String family(UUID id) {
        return "family-" + id + "@example.org";
    }

    static ReferralSubmitted.FamilyContact emailContact(UUID id) {
        return contact(family(id), null, null, Channel.EMAIL, "en", AccessibleFormat.NONE);
    }

    static ReferralSubmitted.FamilyContact contact(String email, String mobile,
            ReferralSubmitted.PostalAddress address, Channel channel, String language, AccessibleFormat format) {
        return new ReferralSubmitted.FamilyContact(UUID.randomUUID(), "Grace Jones", "mother", email, mobile,
                address, channel, language, format);
    }

    static ReferralStatusChanged accepted(UUID id) {
        return new ReferralStatusChanged(id, ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "100001",
                ReferralStatus.IN_TRIAGE, ReferralStatus.ACCEPTED_WAITING, Instant.now(), Priority.PRIORITY,
                "Accepted onto the waiting list", null, null, null, 12, 18,
                List.of(new SupportOffer("Chatterbox drop-in", "Fortnightly at the family hub", null)));
    }

    static ReferralStatusChanged informationRequested(UUID id) {
        return new ReferralStatusChanged(id, ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "100001",
                ReferralStatus.IN_TRIAGE, ReferralStatus.MORE_INFORMATION_REQUESTED, Instant.now(), null,
                "More information requested", null, null, "Has a hearing test been done?", null, null, null);
    }

    static ReferralStatusChanged declined(UUID id) {
        return new ReferralStatusChanged(id, ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "100001",
                ReferralStatus.IN_TRIAGE, ReferralStatus.CLOSED, Instant.now(), null,
                "The school's own speech programme is the right next step", ClosureReason.DECLINED,
                List.of("Talking Together programme at the family hub: 01234 567890"), null, null, null, null);
    }

    static ReferralStatusChanged withdrawn(UUID id) {
        return new ReferralStatusChanged(id, ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "100001",
                ReferralStatus.SUBMITTED, ReferralStatus.CLOSED, Instant.now(), null, "The family moved away",
                ClosureReason.WITHDRAWN, null, null, null, null, null);
    }
}
