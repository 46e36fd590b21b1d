package uk.send.referral;

import java.util.Objects;
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

    FamilyContact(Referral referral, int position, Details details) {
        this.id = UUID.randomUUID();
        this.referral = referral;
        this.position = position;
        apply(details);
    }

    /** Who the contact is and how they want to hear, as the school or the contact gave it. */
    public record Details(String name, String relationship, String email, String mobile, String addressLine1,
            String addressLine2, String postcode, Channel preferredChannel, String language,
            AccessibleFormat accessibleFormat, boolean youngPerson) {

        /** Whether a notice would go somewhere else than under {@code before}: an address, a number or a channel. */
        boolean reachedDifferentlyFrom(Details before) {
            return !Objects.equals(email, before.email) || !Objects.equals(mobile, before.mobile)
                    || !Objects.equals(addressLine1, before.addressLine1) || !Objects.equals(postcode, before.postcode)
                    || preferredChannel != before.preferredChannel;
        }
    }

    public Details details() {
        return new Details(name, relationship, email, mobile, addressLine1, addressLine2, postcode, preferredChannel,
                language, accessibleFormat, youngPerson);
    }

    /**
     * Replaces the contact's details. Returns whether they are now reached at another address, number or channel: a
     * code sent before went to where they are no longer reached.
     */
    public boolean correct(Details corrected) {
        boolean moved = corrected.reachedDifferentlyFrom(details());
        apply(corrected);
        return moved;
    }

    private void apply(Details details) {
        this.name = details.name();
        this.relationship = details.relationship();
        this.email = details.email();
        this.mobile = details.mobile();
        this.addressLine1 = details.addressLine1();
        this.addressLine2 = details.addressLine2();
        this.postcode = details.postcode();
        this.preferredChannel = details.preferredChannel();
        this.language = details.language();
        this.accessibleFormat = details.accessibleFormat();
        this.youngPerson = details.youngPerson();
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
