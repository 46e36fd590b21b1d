package uk.send.notification.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import uk.send.contracts.notification.ClosureNoticeVerdict;

/**
 * The platform's promise, judged once: a closed referral's school and every family contact must be reached within
 * the SLA after the closure. A notice counts as reached as {@code Notice.reached} says (a letter once posted or
 * received for printing; a notice someone must make by hand once that is done). This class holds the rule; the
 * closure audit and the verdicts published to the scorecard both use it.
 */
public final class ClosureNotices {

    /** A closure's notices to its school and family, as counted by the audit's query. */
    public record Closure(UUID referralId, UUID closureEventId, Instant closedAt, long schoolNotices,
            long schoolReached, long familyNotices, long familyReached, long held, Instant lastReachedAt) {

        public boolean allReached() {
            return schoolNotices > 0 && familyNotices > 0 && schoolReached == schoolNotices
                    && familyReached == familyNotices;
        }

        /** A notice held because nobody can be reached: not told, and nothing will go until someone acts. */
        public boolean atRisk() {
            return !allReached() && held > 0;
        }
    }

    /** A verdict and, when the promise was not kept, why in plain words. */
    public record Decided(ClosureNoticeVerdict verdict, String problem) {
    }

    private ClosureNotices() {
    }

    /**
     * The verdict once it can be given: told in time or late as soon as every notice has reached its recipient; not
     * told in time once the SLA has passed without. Empty while notices are outstanding and the SLA is still ahead.
     */
    public static Optional<Decided> verdict(Closure closure, Duration sla, Instant now) {
        Instant deadline = closure.closedAt().plus(sla);
        if (closure.allReached()) {
            return Optional.of(closure.lastReachedAt().isAfter(deadline)
                    ? new Decided(ClosureNoticeVerdict.TOLD_LATE, "the last notice reached them after the SLA")
                    : new Decided(ClosureNoticeVerdict.TOLD_IN_TIME, null));
        }
        if (!now.isAfter(deadline)) {
            return Optional.empty();
        }
        return Optional.of(new Decided(ClosureNoticeVerdict.NOT_TOLD_IN_TIME, problem(closure)));
    }

    private static String problem(Closure closure) {
        if (closure.schoolNotices() == 0) {
            return "no school notice";
        }
        if (closure.familyNotices() == 0) {
            return "no family notice";
        }
        if (closure.held() > 0) {
            return "a notice is held: no email, mobile or postal address to reach them";
        }
        return closure.schoolReached() < closure.schoolNotices() ? "school notice not delivered"
                : "family notice not delivered";
    }
}
