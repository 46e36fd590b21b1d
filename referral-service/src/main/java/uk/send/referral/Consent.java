package uk.send.referral;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The family's consent to share the referral, as recorded by the school. Only ever stored when given. */
@Embeddable
public record Consent(
        @Column(name = "consent_recorded_by") String recordedBy,
        @Column(name = "consent_recorded_at") Instant recordedAt) {
}
