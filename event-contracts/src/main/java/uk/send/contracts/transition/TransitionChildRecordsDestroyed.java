package uk.send.contracts.transition;

import java.time.Instant;
import java.util.UUID;

/**
 * A child's records in transition-service (transitions, EHC needs assessments and plans, reviews) were destroyed, their
 * retention period having ended. Every service destroys what it holds under the child's id. Carries nothing about
 * the child.
 */
public record TransitionChildRecordsDestroyed(
        UUID childId,
        Instant destroyedAt) {
}
