package uk.send.referral.family;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A family account (its token subject) linked to a family contact of a referral: what a family reads by. */
@Entity
@Table(name = "family_link")
public class FamilyLink extends PanacheEntityBase {

    @Id
    @Column(name = "contact_id")
    public UUID contactId;

    public String subject;

    @Column(name = "linked_at")
    public Instant linkedAt;
}
