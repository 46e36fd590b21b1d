package uk.send.referral;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import uk.send.contracts.Priority;
import uk.send.contracts.RecipientType;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.TextAudience;

/** One entry of a referral's timeline. A re-prioritisation is recorded with the same status before and after. */
@Entity
@Table(name = "status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ReferralStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ReferralStatus to;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    private String reason;

    /** Who the reason was written for: a family or school never reads a reason that was not written for them. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_audience")
    private TextAudience reasonAudience;

    @JdbcTypeCode(SqlTypes.JSON)
    private ChangeDetails details;

    @Column(name = "changed_by")
    private String by;

    @Column(name = "changed_at")
    private Instant at;

    protected StatusChange() {
    }

    StatusChange(Referral referral, ReferralStatus from, ReferralStatus to, Priority priority, String reason,
            TextAudience reasonAudience, ChangeDetails details, String by, Instant at) {
        this.referral = referral;
        this.from = from;
        this.to = to;
        this.priority = priority;
        this.reason = reason;
        this.reasonAudience = reasonAudience;
        this.details = details;
        this.by = by;
        this.at = at;
    }

    public ReferralStatus from() {
        return from;
    }

    public ReferralStatus to() {
        return to;
    }

    public Priority priority() {
        return priority;
    }

    public String reason() {
        return reason;
    }

    public TextAudience reasonAudience() {
        return reasonAudience;
    }

    /** The reason, if a reader of this kind may read it. */
    public String reasonFor(RecipientType reader) {
        return reasonAudience.reaches(reader) ? reason : null;
    }

    /** Whether this is the school's answer to a clinician's question, which returned the referral to triage. */
    public boolean answeredBySchool() {
        return details().isSchoolAnswer();
    }

    public ChangeDetails details() {
        return details == null ? ChangeDetails.none() : details;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
