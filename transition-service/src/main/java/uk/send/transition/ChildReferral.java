package uk.send.transition;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.send.contracts.ClinicalService;

/** A referral of the child to a clinical service, open until referral-service closes it. */
@Entity
@Table(name = "child_referral")
public class ChildReferral extends PanacheEntityBase {

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "child_id")
    public UUID childId;

    @Enumerated(EnumType.STRING)
    public ClinicalService service;

    public boolean open;
}
