package uk.send.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * notification-service's verdict on a closure: whether the school and every family contact were told within the
 * SLA ({@code slaMinutes} from {@code closedAt}), and if not, what went wrong in plain words. Published once per
 * closure, when all its notices have reached their recipients or when the SLA has passed without.
 */
public record NotificationClosureVerdict(
        UUID referralId,
        UUID closureEventId,
        Instant closedAt,
        ClosureNoticeVerdict verdict,
        String problem,
        long slaMinutes,
        Instant decidedAt) {
}
