package uk.send.referral;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;

/** A parent or carer, or the young person themself, to be told about the referral, with how they want to hear. */
@Entity
@Table(name = "family_contact")
public class FamilyContact {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    private int position;
    private String name;
    private String relationship;
    private String email;
    private String mobile;

    @Column(name = "address_line1")
    private String addressLine1;

    @Column(name = "address_line2")
    private String addressLine2;

    @Column(name = "address_postcode")
    private String postcode;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel")
    private Channel preferredChannel;

    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "accessible_format")
    private AccessibleFormat accessibleFormat;

    /** The young person themself rather than a parent or carer: see {@link uk.send.referral.family.YoungPerson}. */
    @Column(name = "young_person")
    private boolean youngPerson;

    protected FamilyContact() {
    }

    FamilyContact(Referral referral, int position, String name, String relationship, String email, String mobile,
            String addressLine1, String addressLine2, String postcode, Channel preferredChannel, String language,
            AccessibleFormat accessibleFormat, boolean youngPerson) {
        this.id = UUID.randomUUID();
        this.youngPerson = youngPerson;
        this.referral = referral;
        this.position = position;
        this.name = name;
        this.relationship = relationship;
        this.email = email;
        this.mobile = mobile;
        this.addressLine1 = addressLine1;
        this.addressLine2 = addressLine2;
        this.postcode = postcode;
        this.preferredChannel = preferredChannel;
        this.language = language;
        this.accessibleFormat = accessibleFormat;
    }

    public boolean youngPerson() {
        return youngPerson;
    }

    public Referral referral() {
        return referral;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String relationship() {
        return relationship;
    }

    public String email() {
        return email;
    }

    public String mobile() {
        return mobile;
    }

    public String addressLine1() {
        return addressLine1;
    }

    public String addressLine2() {
        return addressLine2;
    }

    public String postcode() {
        return postcode;
    }

    public Channel preferredChannel() {
        return preferredChannel;
    }

    public String language() {
        return language;
    }

    public AccessibleFormat accessibleFormat() {
        return accessibleFormat;
    }
}
