package uk.send.referral;

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

import uk.send.contracts.ClosureReason;
import uk.send.contracts.ReferralStatus;

/**
 * The referral lifecycle:
 * {@code SUBMITTED -> IN_TRIAGE -> {MORE_INFORMATION_REQUESTED -> IN_TRIAGE} -> ACCEPTED_WAITING -> IN_PROGRESS
 * -> CLOSED}, where CLOSED can be reached from any open state with a reason that fits the stage: a referral is
 * declined only before it is accepted, and completed or discharged only after.
 */
public final class ReferralLifecycle {

    private static final Set<ReferralStatus> OPEN = EnumSet.complementOf(EnumSet.of(CLOSED));
    private static final Set<ReferralStatus> BEFORE_ACCEPTANCE = EnumSet.of(SUBMITTED, IN_TRIAGE,
            MORE_INFORMATION_REQUESTED);
    private static final Set<ReferralStatus> AFTER_ACCEPTANCE = EnumSet.of(ACCEPTED_WAITING, IN_PROGRESS);

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(IN_TRIAGE, CLOSED),
            IN_TRIAGE, EnumSet.of(MORE_INFORMATION_REQUESTED, ACCEPTED_WAITING, CLOSED),
            MORE_INFORMATION_REQUESTED, EnumSet.of(IN_TRIAGE, CLOSED),
            ACCEPTED_WAITING, EnumSet.of(IN_PROGRESS, CLOSED),
            IN_PROGRESS, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ReferralStatus.class));

    private static final Map<ClosureReason, Set<ReferralStatus>> CLOSABLE_FROM = Map.of(
            ClosureReason.DECLINED, BEFORE_ACCEPTANCE,
            ClosureReason.COMPLETED, AFTER_ACCEPTANCE,
            ClosureReason.DISCHARGED, AFTER_ACCEPTANCE,
            ClosureReason.WITHDRAWN, OPEN,
            ClosureReason.DUPLICATE, OPEN,
            ClosureReason.TRANSFERRED_TO_ADULT_SERVICES, OPEN);

    private ReferralLifecycle() {
    }

    public static boolean allows(ReferralStatus from, ReferralStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Checks a move to an open status. */
    public static void checkMove(ReferralStatus from, ReferralStatus to) {
        if (to == CLOSED) {
            throw new IllegalArgumentException("Closing needs a closure reason");
        }
        if (!allows(from, to)) {
            throw new IllegalTransition("A referral that is " + from + " cannot move to " + to);
        }
    }

    /**
     * Checks a closure: the stage must allow it, and a decline must give the family a reason and at least one place
     * to get help instead.
     */
    public static void checkClosure(ReferralStatus from, ClosureReason reason, String explanation,
            List<String> signposting) {
        if (reason == null) {
            throw new IllegalArgumentException("A closed referral always has a closure reason");
        }
        if (!CLOSABLE_FROM.get(reason).contains(from)) {
            throw new IllegalTransition("A referral that is " + from + " cannot be closed as " + reason);
        }
        if (reason == ClosureReason.DECLINED && (explanation == null || explanation.isBlank()
                || signposting == null || signposting.stream().allMatch(s -> s == null || s.isBlank()))) {
            throw new IllegalArgumentException("A declined referral needs a reason and signposting");
        }
    }

    /** Priority can change only while the child waits. */
    public static void checkReprioritisation(ReferralStatus current) {
        if (current != ACCEPTED_WAITING) {
            throw new IllegalTransition("Only a waiting referral can be re-prioritised; this one is " + current);
        }
    }

    public static boolean isOpen(ReferralStatus status) {
        return OPEN.contains(status);
    }
}
