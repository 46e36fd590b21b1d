package uk.send.triage;

import java.time.Instant;
import java.util.UUID;

import uk.send.contracts.Priority;

/** What ordering a queue needs to know about a referral. */
public record QueueEntry(UUID referralId, boolean safeguardingConcern, boolean complexHealthNeeds,
        Instant receivedAt, Priority priority, Instant acceptedAt) {
}
