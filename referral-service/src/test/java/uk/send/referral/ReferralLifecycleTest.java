package uk.send.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.send.contracts.ReferralStatus.ACCEPTED_WAITING;
import static uk.send.contracts.ReferralStatus.CLOSED;
import static uk.send.contracts.ReferralStatus.IN_PROGRESS;
import static uk.send.contracts.ReferralStatus.IN_TRIAGE;
import static uk.send.contracts.ReferralStatus.MORE_INFORMATION_REQUESTED;
import static uk.send.contracts.ReferralStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.send.contracts.ClosureReason;
import uk.send.contracts.ReferralStatus;

class ReferralLifecycleTest {

    /** DESIGN.md's lifecycle, written out independently of the implementation. */
    private static final Map<ReferralStatus, Set<ReferralStatus>> LEGAL_MOVES = Map.of(
            SUBMITTED, EnumSet.of(IN_TRIAGE),
            IN_TRIAGE, EnumSet.of(MORE_INFORMATION_REQUESTED, ACCEPTED_WAITING),
            MORE_INFORMATION_REQUESTED, EnumSet.of(IN_TRIAGE),
            ACCEPTED_WAITING, EnumSet.of(IN_PROGRESS),
            IN_PROGRESS, EnumSet.noneOf(ReferralStatus.class),
            CLOSED, EnumSet.noneOf(ReferralStatus.class));

    private static final Map<ClosureReason, Set<ReferralStatus>> CLOSABLE_FROM = Map.of(
            ClosureReason.DECLINED, EnumSet.of(SUBMITTED, IN_TRIAGE, MORE_INFORMATION_REQUESTED),
            ClosureReason.COMPLETED, EnumSet.of(ACCEPTED_WAITING, IN_PROGRESS),
            ClosureReason.DISCHARGED, EnumSet.of(ACCEPTED_WAITING, IN_PROGRESS),
            ClosureReason.WITHDRAWN, EnumSet.complementOf(EnumSet.of(CLOSED)),
            ClosureReason.DUPLICATE, EnumSet.complementOf(EnumSet.of(CLOSED)),
            ClosureReason.TRANSFERRED_TO_ADULT_SERVICES, EnumSet.complementOf(EnumSet.of(CLOSED)));

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void everyLegalMoveAppliesAndEveryOtherIsRefused(ReferralStatus from) {
        for (ReferralStatus to : ReferralStatus.values()) {
            if (to == CLOSED) {
                continue;
            }
            if (LEGAL_MOVES.get(from).contains(to)) {
                assertThatNoException().as(from + " -> " + to).isThrownBy(() -> ReferralLifecycle.checkMove(from, to));
            } else {
                assertThatThrownBy(() -> ReferralLifecycle.checkMove(from, to)).as(from + " -> " + to)
                        .isInstanceOf(IllegalTransition.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ClosureReason.class)
    void eachClosureReasonClosesExactlyFromItsStages(ClosureReason reason) {
        for (ReferralStatus from : ReferralStatus.values()) {
            if (CLOSABLE_FROM.get(reason).contains(from)) {
                assertThatNoException().as(from + " closed as " + reason).isThrownBy(() ->
                        ReferralLifecycle.checkClosure(from, reason, "Explained to the family",
                                List.of("Family hub: 01234 567890")));
            } else {
                assertThatThrownBy(() -> ReferralLifecycle.checkClosure(from, reason, "Explained to the family",
                        List.of("Family hub"))).as(from + " closed as " + reason)
                        .isInstanceOf(IllegalTransition.class);
            }
        }
    }

    @Test
    void closingIsNeverAPlainMove() {
        assertThatThrownBy(() -> ReferralLifecycle.checkMove(IN_TRIAGE, CLOSED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReferralLifecycle.checkClosure(IN_TRIAGE, null, "why", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeclineNeedsAReasonAndSignposting() {
        assertThatThrownBy(() -> ReferralLifecycle.checkClosure(IN_TRIAGE, ClosureReason.DECLINED, " ",
                List.of("Family hub"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReferralLifecycle.checkClosure(IN_TRIAGE, ClosureReason.DECLINED, "Not for us",
                List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReferralLifecycle.checkClosure(IN_TRIAGE, ClosureReason.DECLINED, "Not for us",
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReferralLifecycle.checkClosure(IN_TRIAGE, ClosureReason.DECLINED, "Not for us",
                List.of(" "))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void onlyAWaitingChildCanBeReprioritised(ReferralStatus status) {
        if (status == ACCEPTED_WAITING) {
            assertThatNoException().isThrownBy(() -> ReferralLifecycle.checkReprioritisation(status));
        } else {
            assertThatThrownBy(() -> ReferralLifecycle.checkReprioritisation(status))
                    .isInstanceOf(IllegalTransition.class);
        }
    }

    @Test
    void aClosedReferralCannotBeClosedAgain() {
        for (ClosureReason reason : ClosureReason.values()) {
            assertThatThrownBy(() -> ReferralLifecycle.checkClosure(CLOSED, reason, "again", List.of("x")))
                    .isInstanceOf(IllegalTransition.class);
        }
        assertThat(ReferralLifecycle.isOpen(CLOSED)).isFalse();
    }

    @Test
    void aRefusedChangeLeavesTheReferralAsItWas() {
        Referral referral = Referral.submit(uk.send.contracts.ClinicalService.CAMHS, "100001",
                new SchoolContact("Ms Patel", "senco@oakfield.example.org"),
                new Child("Amara", "Jones", java.time.LocalDate.of(2015, 3, 1), null, null, null),
                "Low mood", false, false, new Consent("Ms Patel", java.time.Instant.now()), "senco.oakfield",
                java.time.Instant.now());

        assertThatThrownBy(() -> referral.moveTo(IN_PROGRESS, null, "too early", ChangeDetails.none(), "x",
                java.time.Instant.now())).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> referral.close(ClosureReason.COMPLETED, "too early", null, "x",
                java.time.Instant.now())).isInstanceOf(IllegalTransition.class);

        assertThat(referral.status()).isEqualTo(SUBMITTED);
        assertThat(referral.closureReason()).isNull();
        assertThat(referral.timeline()).hasSize(1);
    }
}
