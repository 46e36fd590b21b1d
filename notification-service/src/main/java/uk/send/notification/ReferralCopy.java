package uk.send.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.ReferralStatus;

/** What this service knows of a referral, kept up to date from referral-service's events. */
@Entity
@Table(name = "referral_copy")
public class ReferralCopy extends PanacheEntityBase {

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    /** The reference people read aloud; null for a referral copied before there was one. */
    public String reference;

    @Enumerated(EnumType.STRING)
    public ClinicalService service;

    @Column(name = "school_urn")
    public String schoolUrn;

    @Column(name = "child_given_name")
    public String childGivenName;

    @Enumerated(EnumType.STRING)
    public ReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    public ClosureReason closureReason;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closure_event_id")
    public UUID closureEventId;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The reference a notice gives: the one people read aloud, or the id for a referral from before it. */
    public String shownReference() {
        return reference != null ? reference : referralId.toString();
    }
}
