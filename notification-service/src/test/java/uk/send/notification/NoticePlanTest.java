package uk.send.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.EventType;
import uk.send.contracts.Priority;
import uk.send.contracts.RecipientType;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.ReprioritisationReason;
import uk.send.contracts.TransitionType;
import uk.send.contracts.referral.ReferralReprioritised;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.transition.TransitionAdultHandoverDue;
import uk.send.contracts.transition.TransitionAdultHandoverPlanned;
import uk.send.contracts.transition.TransitionDue;

class NoticePlanTest {

    private static final UUID REFERRAL = UUID.randomUUID();

    @ParameterizedTest
    @EnumSource(ClosureReason.class)
    void aClosureAlwaysTellsTheSchoolAndTheFamilyWhateverTheReason(ClosureReason reason) {
        for (ReferralStatus from : ReferralStatus.values()) {
            assertThat(plan(changed(from, ReferralStatus.CLOSED, reason)))
                    .containsExactlyInAnyOrder(RecipientType.SCHOOL, RecipientType.FAMILY);
        }
    }

    @Test
    void eachStatusChangeTellsThePeopleItConcerns() {
        assertThat(plan(changed(ReferralStatus.IN_TRIAGE, ReferralStatus.ACCEPTED_WAITING, null)))
                .containsExactlyInAnyOrder(RecipientType.SCHOOL, RecipientType.FAMILY);
        assertThat(plan(changed(ReferralStatus.IN_TRIAGE, ReferralStatus.MORE_INFORMATION_REQUESTED, null)))
                .containsExactly(RecipientType.SCHOOL);
        assertThat(plan(changed(ReferralStatus.ACCEPTED_WAITING, ReferralStatus.IN_PROGRESS, null)))
                .containsExactlyInAnyOrder(RecipientType.SCHOOL, RecipientType.FAMILY);
        assertThat(plan(changed(ReferralStatus.SUBMITTED, ReferralStatus.IN_TRIAGE, null))).isEmpty();
        assertThat(plan(changed(ReferralStatus.MORE_INFORMATION_REQUESTED, ReferralStatus.IN_TRIAGE, null)))
                .as("a clinician carrying on without the answer").isEmpty();
        ReferralStatusChanged answered = new ReferralStatusChanged(REFERRAL, ClinicalService.CAMHS, "100001",
                ReferralStatus.MORE_INFORMATION_REQUESTED, ReferralStatus.IN_TRIAGE, Instant.now(), null, null, null,
                null, null, null, null, null, true);
        assertThat(NoticePlan.of(EventType.REFERRAL_STATUS_CHANGED, answered)).extracting(NoticePlan.Addressee::type,
                NoticePlan.Addressee::template).containsExactly(tuple(RecipientType.FAMILY, "information-provided"));
    }

    @Test
    void submissionAndReprioritisationTellSchoolAndFamily() {
        assertThat(NoticePlan.of(EventType.REFERRAL_SUBMITTED, null)).extracting(NoticePlan.Addressee::type)
                .containsExactlyInAnyOrder(RecipientType.SCHOOL, RecipientType.FAMILY);
        assertThat(NoticePlan.of(EventType.REFERRAL_REPRIORITISED, reprioritised(
                ReprioritisationReason.DETERIORATION, "Seizures are more frequent")))
                .extracting(NoticePlan.Addressee::type)
                .containsExactlyInAnyOrder(RecipientType.SCHOOL, RecipientType.FAMILY);
    }

    @Test
    void aSafeguardingReprioritisationAlertsTheCaseWorkersAndTellsNeitherFamilyNorSchool() {
        assertThat(NoticePlan.of(EventType.REFERRAL_REPRIORITISED, reprioritised(
                ReprioritisationReason.SAFEGUARDING, null)))
                .containsExactly(new NoticePlan.Addressee(RecipientType.CASEWORKER, "safeguarding-review"));
    }

    private static ReferralReprioritised reprioritised(ReprioritisationReason category, String reason) {
        return new ReferralReprioritised(REFERRAL, ClinicalService.CAMHS, "100001", Priority.ROUTINE,
                Priority.URGENT, category, reason, 1, 1, Instant.now());
    }

    @Test
    void aTransitionTellsWhomTheEventNames() {
        TransitionDue due = new TransitionDue(UUID.randomUUID(), TransitionType.SECONDARY_SCHOOL,
                LocalDate.of(2027, 9, 1), LocalDate.of(2027, 2, 15), LocalDate.of(2026, 11, 23), 6, "MAINSTREAM",
                "100001", List.of(REFERRAL),
                List.of(RecipientType.CASEWORKER, RecipientType.FAMILY, RecipientType.FAMILY));
        assertThat(NoticePlan.of(EventType.TRANSITION_DUE, due)).extracting(NoticePlan.Addressee::type)
                .containsExactly(RecipientType.CASEWORKER, RecipientType.FAMILY);
    }

    @Test
    void handOverPlanningTellsTheFamilyAndCaseWorkerOrOnlyTheCaseWorkerWhenNoAdultServiceTakesOver() {
        TransitionAdultHandoverPlanned planned = new TransitionAdultHandoverPlanned(UUID.randomUUID(), REFERRAL,
                ClinicalService.CAMHS, ClinicalService.ADULT_MENTAL_HEALTH, LocalDate.of(2027, 5, 20),
                List.of(RecipientType.CASEWORKER, RecipientType.FAMILY));
        assertThat(NoticePlan.of(EventType.TRANSITION_ADULT_HANDOVER_PLANNED, planned))
                .extracting(NoticePlan.Addressee::type).containsExactly(RecipientType.CASEWORKER, RecipientType.FAMILY);
        TransitionAdultHandoverPlanned noAdultService = new TransitionAdultHandoverPlanned(UUID.randomUUID(),
                REFERRAL, ClinicalService.COMMUNITY_PAEDIATRICS, null, LocalDate.of(2027, 9, 1),
                List.of(RecipientType.CASEWORKER));
        assertThat(NoticePlan.of(EventType.TRANSITION_ADULT_HANDOVER_PLANNED, noAdultService))
                .extracting(NoticePlan.Addressee::type).containsExactly(RecipientType.CASEWORKER);
        assertThat(NoticePlan.of(EventType.TRANSITION_ADULT_HANDOVER_DUE, new TransitionAdultHandoverDue(
                UUID.randomUUID(), REFERRAL, ClinicalService.CAMHS, ClinicalService.ADULT_MENTAL_HEALTH,
                LocalDate.of(2027, 5, 20)))).as("the closure of the children's referral tells them").isEmpty();
    }

    @Test
    void eventsThatConcernNobodyWriteNothing() {
        assertThat(NoticePlan.of(EventType.TRIAGE_RECEIVED, null)).isEmpty();
        assertThat(NoticePlan.of(EventType.NOTIFICATION_DELIVERED, null)).isEmpty();
    }

    private static List<RecipientType> plan(ReferralStatusChanged change) {
        return NoticePlan.of(EventType.REFERRAL_STATUS_CHANGED, change).stream()
                .map(NoticePlan.Addressee::type).toList();
    }

    private static ReferralStatusChanged changed(ReferralStatus from, ReferralStatus to, ClosureReason reason) {
        return new ReferralStatusChanged(REFERRAL, ClinicalService.CAMHS, "100001", from, to, Instant.now(),
                Priority.ROUTINE, "why", reason, null, null, null, null, null);
    }
}
