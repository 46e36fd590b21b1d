package uk.send.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.send.contracts.notification.ClosureNoticeVerdict;
import uk.send.contracts.notification.NotificationClosureVerdict;
import uk.send.contracts.notification.NotificationDelivered;
import uk.send.contracts.notification.NotificationFailed;
import uk.send.contracts.referral.ReferralChildCorrected;
import uk.send.contracts.referral.ReferralContactsChanged;
import uk.send.contracts.referral.ReferralEhcAssessmentRequested;
import uk.send.contracts.referral.ReferralFamilyInvited;
import uk.send.contracts.referral.ReferralFamilyLinked;
import uk.send.contracts.referral.ReferralFamilyUnlinked;
import uk.send.contracts.referral.ReferralRecordsDestroyed;
import uk.send.contracts.referral.ReferralReprioritised;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.referral.ReferralWaitingUpdate;
import uk.send.contracts.referral.SupportOffer;
import uk.send.contracts.ehc.EhcAdviceRequested;
import uk.send.contracts.ehc.EhcAssessmentUpdated;
import uk.send.contracts.ehc.EhcDeadlineApproaching;
import uk.send.contracts.ehc.EhcLimit;
import uk.send.contracts.ehc.EhcReviewDue;
import uk.send.contracts.ehc.EhcStep;
import uk.send.contracts.transition.TransitionAdultHandoverDue;
import uk.send.contracts.transition.TransitionAdultHandoverPlanned;
import uk.send.contracts.transition.TransitionChildRecordsDestroyed;
import uk.send.contracts.transition.TransitionDue;
import uk.send.contracts.transition.TransitionInformationIncomplete;
import uk.send.contracts.triage.TriageAdviceReturned;
import uk.send.contracts.triage.TriageClosureRequested;
import uk.send.contracts.triage.TriageDecisionMade;
import uk.send.contracts.triage.TriageReceived;
import uk.send.contracts.triage.TriageReprioritised;
import uk.send.contracts.triage.TriageWaitingUpdate;

/** One realistic example of every payload, with every optional part filled where it makes sense. */
final class ContractExamples {

    static final UUID REFERRAL = UUID.fromString("6f1c2a8e-3b7d-4c52-9a61-2d8e4f0b9c11");
    static final UUID CONTACT = UUID.fromString("3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c1d");
    static final UUID CHILD = UUID.fromString("0b9d7e24-51a3-4f6c-8e2b-7c4d1a9f3e55");
    static final UUID ASSESSMENT = UUID.fromString("5a2e8c41-7d3b-4f90-a6c2-9e1b3d5f7a08");
    static final UUID ADVICE = UUID.fromString("c81f4b2d-6e9a-4c37-b5d0-2a7e9f1c3b64");
    static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    static Map<EventType, Record> all() {
        SupportOffer offer = new SupportOffer("Speech and language drop-in",
                "Fortnightly sessions at the family hub, no appointment needed", "https://example.org/drop-in");
        return Map.ofEntries(
                Map.entry(EventType.REFERRAL_SUBMITTED, new ReferralSubmitted(REFERRAL, NOW,
                        ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "100001",
                        new ReferralSubmitted.SchoolContact("Ms Patel", "senco@oakfield.example.org"),
                        new ReferralSubmitted.Child("Amara", "Jones", LocalDate.of(2018, 9, 14), "9434765919",
                                "F801200100001", 3),
                        "Limited expressive language; frustration in class.", true, false,
                        List.of(new ReferralSubmitted.FamilyContact(UUID.randomUUID(), "Grace Jones", "mother",
                                "grace@example.org", "07700900123",
                                new ReferralSubmitted.PostalAddress("1 Oak Lane", "Oakfield", "OK1 2AB"),
                                Channel.EMAIL, "cy", AccessibleFormat.LARGE_PRINT)), null, "SND-4KQ7-9TXY")),
                Map.entry(EventType.REFERRAL_STATUS_CHANGED, new ReferralStatusChanged(REFERRAL,
                        ClinicalService.CAMHS, "100001", ReferralStatus.IN_TRIAGE, ReferralStatus.CLOSED, NOW,
                        Priority.ROUTINE, "Needs are better met by the school nursing team",
                        ClosureReason.DECLINED, List.of("School nursing team: 01234 567890"), null, null, null,
                        null)),
                Map.entry(EventType.REFERRAL_REPRIORITISED, new ReferralReprioritised(REFERRAL,
                        ClinicalService.COMMUNITY_PAEDIATRICS, "100002", Priority.ROUTINE, Priority.URGENT,
                        ReprioritisationReason.DETERIORATION, "Seizures are more frequent", 2, 3, NOW)),
                Map.entry(EventType.REFERRAL_FAMILY_INVITED, new ReferralFamilyInvited(REFERRAL, CONTACT,
                        "K7QD-M2XP", NOW.plusSeconds(28 * 86400), NOW)),
                Map.entry(EventType.REFERRAL_FAMILY_LINKED, new ReferralFamilyLinked(REFERRAL, CONTACT,
                        "4f8a1c3e-9b2d-4e7f-8a6c-1d3b5e7f9a2c", NOW)),
                Map.entry(EventType.REFERRAL_FAMILY_UNLINKED, new ReferralFamilyUnlinked(REFERRAL, CONTACT, NOW)),
                Map.entry(EventType.REFERRAL_CHILD_CORRECTED, new ReferralChildCorrected(REFERRAL,
                        new ReferralSubmitted.Child("Amara", "Jones", LocalDate.of(2018, 5, 2), "9434765919", null, null),
                        NOW)),
                Map.entry(EventType.TRANSITION_CHILD_RECORDS_DESTROYED, new TransitionChildRecordsDestroyed(CHILD, NOW)),
                Map.entry(EventType.REFERRAL_RECORDS_DESTROYED, new ReferralRecordsDestroyed(REFERRAL,
                        ReferralRecordsDestroyed.Why.ERASURE, NOW)),
                Map.entry(EventType.REFERRAL_CONTACTS_CHANGED, new ReferralContactsChanged(REFERRAL,
                        List.of(new ReferralSubmitted.FamilyContact(CONTACT, "Grace Jones", "mother",
                                "grace.jones@example.org", "07700 900123", null, Channel.SMS, "pl",
                                AccessibleFormat.NONE)), NOW)),
                Map.entry(EventType.TRIAGE_WAITING_UPDATE, new TriageWaitingUpdate(REFERRAL,
                        ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, 7, 11, WaitingUpdateReason.DUE, NOW)),
                Map.entry(EventType.REFERRAL_WAITING_UPDATE, new ReferralWaitingUpdate(REFERRAL,
                        ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "100001", 7, 11, List.of(offer), WaitingUpdateReason.PLACE_MOVED,
                        NOW)),
                Map.entry(EventType.TRIAGE_RECEIVED, new TriageReceived(REFERRAL, ClinicalService.CAMHS, NOW)),
                Map.entry(EventType.TRIAGE_DECISION_MADE, new TriageDecisionMade(REFERRAL,
                        ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, TriageDecision.ACCEPTED, NOW, Priority.PRIORITY,
                        null, null, null, 12, 18, List.of(offer))),
                Map.entry(EventType.TRIAGE_REPRIORITISED, new TriageReprioritised(REFERRAL,
                        ClinicalService.COMMUNITY_PAEDIATRICS, Priority.ROUTINE, Priority.URGENT,
                        ReprioritisationReason.DETERIORATION, "Weight loss reported by GP", 1, 2, NOW)),
                Map.entry(EventType.TRIAGE_CLOSURE_REQUESTED, new TriageClosureRequested(REFERRAL,
                        ClinicalService.OCCUPATIONAL_THERAPY, ClosureReason.COMPLETED,
                        "Amara has finished her six sessions and the school has her new seating plan.", NOW)),
                Map.entry(EventType.TRANSITION_DUE, new TransitionDue(CHILD, TransitionType.SECONDARY_SCHOOL,
                        LocalDate.of(2027, 9, 1), LocalDate.of(2027, 2, 15), LocalDate.of(2026, 11, 23), 12,
                        "ALTERNATIVE_PROVISION", "100001", List.of(REFERRAL),
                        List.of(RecipientType.FAMILY, RecipientType.SCHOOL, RecipientType.CASEWORKER))),
                Map.entry(EventType.TRANSITION_INFORMATION_INCOMPLETE, new TransitionInformationIncomplete(CHILD,
                        TransitionType.POST_16, LocalDate.of(2027, 9, 1), List.of("HEALTH_ADVICE",
                        "RECEIVING_SETTING_NAMED"), "MAINSTREAM", "100002", List.of(), List.of(RecipientType.CASEWORKER))),
                Map.entry(EventType.TRANSITION_ADULT_HANDOVER_DUE, new TransitionAdultHandoverDue(CHILD, REFERRAL,
                        ClinicalService.CAMHS, ClinicalService.ADULT_MENTAL_HEALTH, LocalDate.of(2027, 5, 20))),
                Map.entry(EventType.TRANSITION_ADULT_HANDOVER_PLANNED, new TransitionAdultHandoverPlanned(CHILD,
                        REFERRAL, ClinicalService.CAMHS, ClinicalService.ADULT_MENTAL_HEALTH,
                        LocalDate.of(2027, 5, 20), List.of(RecipientType.FAMILY, RecipientType.CASEWORKER))),
                Map.entry(EventType.REFERRAL_EHC_ASSESSMENT_REQUESTED, new ReferralEhcAssessmentRequested(REFERRAL,
                        false, NOW)),
                Map.entry(EventType.TRIAGE_ADVICE_RETURNED, new TriageAdviceReturned(ADVICE, ASSESSMENT,
                        ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, LocalDate.of(2027, 2, 1), true)),
                Map.entry(EventType.EHC_ASSESSMENT_UPDATED, new EhcAssessmentUpdated(ASSESSMENT, "EHC-4KQ7-9TXK",
                        CHILD, EhcStep.DRAFT_SENT, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 1, 12),
                        LocalDate.of(2027, 4, 6), LocalDate.of(2027, 3, 15), "100001", List.of(REFERRAL),
                        List.of(RecipientType.FAMILY, RecipientType.SCHOOL))),
                Map.entry(EventType.EHC_ADVICE_REQUESTED, new EhcAdviceRequested(ADVICE, ASSESSMENT,
                        "EHC-4KQ7-9TXK", CHILD, ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, LocalDate.of(2027, 1, 13),
                        LocalDate.of(2027, 2, 24), new EhcAdviceRequested.Child("Amara", "Jones",
                                LocalDate.of(2017, 5, 4), "9434765919", "100001"))),
                Map.entry(EventType.EHC_DEADLINE_APPROACHING, new EhcDeadlineApproaching(CHILD, ASSESSMENT,
                        "EHC-4KQ7-9TXK", EhcLimit.ADVICE, LocalDate.of(2027, 2, 24),
                        ClinicalService.SPEECH_AND_LANGUAGE_THERAPY)),
                Map.entry(EventType.EHC_REVIEW_DUE, new EhcReviewDue(CHILD, LocalDate.of(2027, 6, 30), "100001",
                        List.of(REFERRAL), List.of(RecipientType.SCHOOL, RecipientType.FAMILY,
                                RecipientType.CASEWORKER))),
                Map.entry(EventType.NOTIFICATION_DELIVERED, new NotificationDelivered(UUID.randomUUID(), REFERRAL,
                        UUID.randomUUID(), "referral.status-changed", RecipientType.FAMILY, Channel.EMAIL, NOW)),
                Map.entry(EventType.NOTIFICATION_CLOSURE_VERDICT, new NotificationClosureVerdict(REFERRAL,
                        UUID.randomUUID(), NOW, ClosureNoticeVerdict.TOLD_LATE, "school notice delivered late", 15,
                        NOW)),
                Map.entry(EventType.NOTIFICATION_FAILED, new NotificationFailed(UUID.randomUUID(), REFERRAL,
                        UUID.randomUUID(), "referral.status-changed", RecipientType.SCHOOL, Channel.EMAIL,
                        "550 mailbox unavailable", true, NOW)));
    }

    private ContractExamples() {
    }
}
