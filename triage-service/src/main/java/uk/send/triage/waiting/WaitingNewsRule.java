package uk.send.triage.waiting;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import uk.send.contracts.WaitingUpdateReason;

/**
 * Whether a waiting family is due news of their place and wait, and why: the interval has passed since the last news
 * (or since acceptance, which told them their place first), the place has moved a lot, or the estimate has moved by
 * more than the configured weeks. The inspection found that long waits "leave professionals and families unsure
 * about next steps": a family hears again, regularly, however long the wait.
 */
public record WaitingNewsRule(Duration interval, int estimateChangeWeeks, int placeChange) {

    /** The last news sent, or the acceptance when none has been. */
    public record Last(Instant at, Integer position, Integer estimatedWeeks) {
    }

    public Optional<WaitingUpdateReason> due(Last last, int position, Integer estimatedWeeks, Instant now) {
        if (last.position() != null && Math.abs(last.position() - position) >= Math.max(placeChange,
                (last.position() + 3) / 4)) {
            return Optional.of(WaitingUpdateReason.PLACE_MOVED);
        }
        if (last.estimatedWeeks() != null && estimatedWeeks != null
                && Math.abs(last.estimatedWeeks() - estimatedWeeks) > estimateChangeWeeks) {
            return Optional.of(WaitingUpdateReason.ESTIMATE_CHANGED);
        }
        if (!now.isBefore(last.at().plus(interval))) {
            return Optional.of(WaitingUpdateReason.DUE);
        }
        return Optional.empty();
    }
}
