package uk.send.contracts.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral's records were destroyed: its retention period ended, or the law required them erased. Every service
 * destroys its own copy of what it holds about the referral, and keeps only what names no one (its figures, the
 * record of who read what, the ids of events it has applied). Carries nothing about the child.
 */
public record ReferralRecordsDestroyed(
        UUID referralId,
        Why why,
        Instant destroyedAt) {

    /** Why the records went. */
    public enum Why {
        /** Kept as long as the NHS Records Management Code of Practice asks, and no longer. */
        RETENTION_PERIOD_ENDED,
        /** Erased on a request the law upholds (UK GDPR Article 17(1)). */
        ERASURE
    }
}
