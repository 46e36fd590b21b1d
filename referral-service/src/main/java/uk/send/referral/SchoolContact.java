package uk.send.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record SchoolContact(
        @Column(name = "school_contact_name") String name,
        @Column(name = "school_contact_email") String email) {
}
