package uk.send.triage;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.send.contracts.ClinicalService;

/** One entry of a service's catalogue of support while waiting. */
@Entity
@Table(name = "support_offer")
public class SupportOffer extends PanacheEntityBase {

    @Id
    public Long id;

    @Enumerated(EnumType.STRING)
    public ClinicalService service;

    public int position;
    public String title;
    public String description;
    public String link;

    public uk.send.contracts.referral.SupportOffer toEvent() {
        return new uk.send.contracts.referral.SupportOffer(title, description, link);
    }
}
