package uk.send.notification;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.RecipientType;

/** Someone who hears about a referral: its school contact, or one of its family contacts. */
@Entity
@Table(name = "recipient")
@IdClass(Recipient.Key.class)
public class Recipient extends PanacheEntityBase {

    public static final String SCHOOL = "SCHOOL";

    public record Key(UUID referralId, String recipientKey) {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    /** {@code SCHOOL}, or {@code FAMILY:<contact id>}. */
    @Id
    @Column(name = "recipient_key")
    public String recipientKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type")
    public RecipientType type;

    public String name;
    public String email;
    public String mobile;

    @Column(name = "address_line1")
    public String addressLine1;

    @Column(name = "address_line2")
    public String addressLine2;

    @Column(name = "address_postcode")
    public String postcode;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel")
    public Channel preferredChannel;

    public String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "accessible_format")
    public AccessibleFormat accessibleFormat;

    /** The young person themself, over compulsory school age, rather than a parent or carer. */
    @Column(name = "young_person")
    public boolean youngPerson;

    /** The family account linked to this recipient, if one accepted its invitation; null for a school. */
    @Column(name = "linked_subject")
    public String linkedSubject;

    public static String familyKey(UUID contactId) {
        return "FAMILY:" + contactId;
    }
}
