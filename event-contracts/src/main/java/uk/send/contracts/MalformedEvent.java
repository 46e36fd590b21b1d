package uk.send.contracts;

/**
 * An event that can never be processed, however often it is retried: bad headers, unknown type or a payload that
 * does not parse. Consumers let it go to the topic's dead-letter queue. The message never quotes the payload.
 */
public class MalformedEvent extends RuntimeException {

    public MalformedEvent(String message) {
        super(message);
    }
}
