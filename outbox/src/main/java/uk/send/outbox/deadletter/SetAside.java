package uk.send.outbox.deadletter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A dead letter as an operator sees it: never the event's contents, only what it was, who set it aside, why, how
 * long ago, and whether it has been published again.
 *
 * @param id its place on the dead-letter topic, {@code <partition>-<offset>}, which names it in a replay
 * @param replayedAt when it was published again: itself, or its event for another dead letter set aside earlier
 */
public record SetAside(String id, UUID eventId, String type, String topic, String setAsideBy, String reason,
        Instant setAsideAt, String age, Instant replayedAt, String replayedBy, @JsonIgnore DeadLetter letter) {

    static Optional<SetAside> of(ConsumerRecord<String, String> record, List<Replay> replays) {
        DeadLetter letter = DeadLetterJson.read(record.value());
        if (letter == null) {
            return Optional.empty();
        }
        String id = record.partition() + "-" + record.offset();
        // Published again, the event reaches every consumer that set it aside before then, not just one.
        Optional<Replay> replay = replays.stream()
                .filter(r -> r.deadLetter().equals(id) || letter.eventId() != null
                        && letter.eventId().equals(r.eventId()) && r.at().isAfter(letter.setAsideAt()))
                .findFirst();
        return Optional.of(new SetAside(id, letter.eventId(), letter.type(), letter.topic(), letter.consumer(),
                letter.reason(), letter.setAsideAt(), age(letter.setAsideAt()),
                replay.map(Replay::at).orElse(null), replay.map(Replay::by).orElse(null), letter));
    }

    SetAside replayed(Instant at, String by) {
        return new SetAside(id, eventId, type, topic, setAsideBy, reason, setAsideAt, age, at, by, letter);
    }

    /** How long ago, as a person says it: "4 minutes", "3 hours", "12 days". */
    static String age(Instant since) {
        Duration age = Duration.between(since, Instant.now());
        if (age.toDays() > 0) {
            return plural(age.toDays(), "day");
        }
        if (age.toHours() > 0) {
            return plural(age.toHours(), "hour");
        }
        return plural(Math.max(age.toMinutes(), 0), "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
