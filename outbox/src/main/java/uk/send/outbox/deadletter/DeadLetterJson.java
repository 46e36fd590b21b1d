package uk.send.outbox.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.send.contracts.EventJson;
import uk.send.contracts.MalformedEvent;

/** Dead letters as JSON on the dead-letter topics, in the events' own JSON mapping. */
final class DeadLetterJson {

    private static final ObjectMapper TREE = new ObjectMapper();

    private DeadLetterJson() {
    }

    static String write(DeadLetter letter) {
        return EventJson.write(letter);
    }

    /** @return the dead letter, or null for a record on the topic that is not one */
    static DeadLetter read(String json) {
        try {
            DeadLetter letter = json == null ? null : EventJson.read(json, DeadLetter.class);
            return letter == null || letter.topic() == null ? null : letter;
        } catch (MalformedEvent e) {
            return null;
        }
    }

    /** Whether an event's payload can go back into the outbox, whose payload column holds JSON. */
    static boolean isJson(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            TREE.readTree(text);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
