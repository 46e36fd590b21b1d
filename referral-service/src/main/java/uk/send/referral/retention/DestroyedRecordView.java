package uk.send.referral.retention;

import java.time.Instant;
import java.time.LocalDate;

import uk.send.contracts.referral.ReferralRecordsDestroyed;

/** One entry of the register of destroyed records, as a case worker reads it. */
public record DestroyedRecordView(
        String reference,
        String service,
        ReferralRecordsDestroyed.Why why,
        String ground,
        String requestReference,
        LocalDate keptUntil,
        String destroyedBy,
        Instant destroyedAt) {

    static DestroyedRecordView of(RecordDestruction.Destroyed destroyed) {
        return new DestroyedRecordView(destroyed.reference(), destroyed.service(), destroyed.why(),
                destroyed.ground() == null ? null : destroyed.ground().inWords(), destroyed.requestReference(),
                destroyed.keptUntil(), destroyed.destroyedBy(), destroyed.destroyedAt());
    }
}
