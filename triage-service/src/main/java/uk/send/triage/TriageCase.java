package uk.send.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.Priority;
import uk.send.contracts.ReferralStatus;

/**
 * A referral in its service's hands. Decisions move it between stages here at once, so the queues show them; the
 * referral's canonical status stays referral-service's, whose status changes this case follows.
 */
@Entity
@Table(name = "triage_case")
public class TriageCase extends PanacheEntityBase {

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    /** The reference people read aloud; null for a referral received before there was one. */
    public String reference;

    @Enumerated(EnumType.STRING)
    public ClinicalService service;

    @Column(name = "school_urn")
    public String schoolUrn;

    @Column(name = "child_given_name")
    public String childGivenName;

    @Column(name = "child_family_name")
    public String childFamilyName;

    @Column(name = "child_date_of_birth")
    public LocalDate childDateOfBirth;

    public String reason;

    @Column(name = "complex_health_needs")
    public boolean complexHealthNeeds;

    @Column(name = "safeguarding_concern")
    public boolean safeguardingConcern;

    @Enumerated(EnumType.STRING)
    public TriageStage stage;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    public String question;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "left_waiting_at")
    public Instant leftWaitingAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public QueueEntry entry() {
        return new QueueEntry(referralId, safeguardingConcern, complexHealthNeeds, receivedAt, priority, acceptedAt);
    }

    public void accept(Priority newPriority, Instant at) {
        TriageAction.ACCEPT.require(stage);
        priority = newPriority;
        acceptedAt = at;
        moveTo(TriageStage.WAITING, at);
    }

    public void decline(Instant at) {
        TriageAction.DECLINE.require(stage);
        closedAt = at;
        moveTo(TriageStage.CLOSED, at);
    }

    public void requestInformation(String newQuestion, Instant at) {
        TriageAction.REQUEST_INFORMATION.require(stage);
        question = newQuestion;
        moveTo(TriageStage.INFORMATION_REQUESTED, at);
    }

    public void resume(Instant at) {
        TriageAction.RESUME.require(stage);
        moveTo(TriageStage.TRIAGE, at);
    }

    public void reprioritise(Priority newPriority, Instant at) {
        TriageAction.REPRIORITISE.require(stage);
        priority = newPriority;
        updatedAt = at;
    }

    public void start(Instant at) {
        TriageAction.START.require(stage);
        leftWaitingAt = at;
        moveTo(TriageStage.IN_PROGRESS, at);
    }

    public void close(Instant at) {
        TriageAction.CLOSE.require(stage);
        if (stage == TriageStage.WAITING) {
            leftWaitingAt = at;
        }
        closedAt = at;
        moveTo(TriageStage.CLOSED, at);
    }

    /** The reference to show: the one people read aloud, or the id for a referral from before it. */
    public String shownReference() {
        return reference != null ? reference : referralId.toString();
    }

    /** Follows the referral's canonical status, whoever changed it (a withdrawal, a hand-over at 18). */
    public void follow(ReferralStatus status, Priority canonicalPriority, Instant at) {
        TriageStage followed = switch (status) {
            case SUBMITTED, IN_TRIAGE -> TriageStage.TRIAGE;
            case MORE_INFORMATION_REQUESTED -> TriageStage.INFORMATION_REQUESTED;
            case ACCEPTED_WAITING -> TriageStage.WAITING;
            case IN_PROGRESS -> TriageStage.IN_PROGRESS;
            case CLOSED -> TriageStage.CLOSED;
        };
        if (canonicalPriority != null) {
            priority = canonicalPriority;
        }
        if (followed == stage) {
            return;
        }
        if (stage == TriageStage.WAITING && leftWaitingAt == null) {
            leftWaitingAt = at;
        }
        if (followed == TriageStage.WAITING && acceptedAt == null) {
            acceptedAt = at;
        }
        if (followed == TriageStage.CLOSED) {
            closedAt = at;
        }
        moveTo(followed, at);
    }

    private void moveTo(TriageStage next, Instant at) {
        stage = next;
        updatedAt = at;
    }
}
