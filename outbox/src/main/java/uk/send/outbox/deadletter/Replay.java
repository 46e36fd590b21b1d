package uk.send.outbox.deadletter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A dead letter published again: which, the event, who asked and when. */
record Replay(String deadLetter, UUID eventId, String by, Instant at) {

    static Replay of(Object[] row) {
        Object at = row[3];
        return new Replay((String) row[0], (UUID) row[1], (String) row[2],
                at instanceof OffsetDateTime time ? time.toInstant() : (Instant) at);
    }
}
