package uk.send.referral.family;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A code entered by a family account that opened nothing. */
@Entity
@Table(name = "invitation_attempt")
public class InvitationAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String subject;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    protected InvitationAttempt() {
    }

    InvitationAttempt(String subject, Instant attemptedAt) {
        this.subject = subject;
        this.attemptedAt = attemptedAt;
    }
}
