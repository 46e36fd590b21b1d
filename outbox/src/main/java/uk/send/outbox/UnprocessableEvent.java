package uk.send.outbox;

/**
 * A well-formed event that this service can never apply, for example one about a referral it has never heard of.
 * Like a malformed event it goes to the dead-letter queue at once; the message is the reason and names no person.
 */
public class UnprocessableEvent extends RuntimeException {

    public UnprocessableEvent(String reason) {
        super(reason);
    }
}
