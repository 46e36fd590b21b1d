package uk.send.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.Priority;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.TextAudience;
import uk.send.identifiers.ReferralReference;
import uk.send.referral.fhir.FhirMapping;

/**
 * A school's referral of a child to a clinical service: the aggregate whose status only this service changes, and
 * only through {@link ReferralLifecycle}. Every change appends to the timeline.
 */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    @Id
    private UUID id;

    /** The reference people read aloud and type ({@code SND-4KQ7-9TXY}); the id stays the internal key. */
    private String reference;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status;

    @Enumerated(EnumType.STRING)
    private ClinicalService service;

    @Column(name = "school_urn")
    private String schoolUrn;

    @Embedded
    private SchoolContact schoolContact;

    @Embedded
    private Child child;

    private String reason;

    @Column(name = "complex_health_needs")
    private boolean complexHealthNeeds;

    @Column(name = "safeguarding_concern")
    private boolean safeguardingConcern;

    @Embedded
    private Consent consent;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    private ClosureReason closureReason;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The place and estimated wait triage last reported for the family's news, and when. */
    @Column(name = "waiting_place")
    private Integer waitingPlace;

    @Column(name = "waiting_estimate_weeks")
    private Integer waitingEstimateWeeks;

    @Column(name = "waiting_place_on")
    private Instant waitingPlaceOn;

    /** The children's referral this adult one was handed over from, if it was. */
    @Column(name = "transferred_from")
    private UUID transferredFrom;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<FamilyContact> familyContacts = new ArrayList<>();

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<StatusChange> timeline = new ArrayList<>();

    protected Referral() {
    }

    public static Referral submit(ClinicalService service, String schoolUrn, SchoolContact schoolContact, Child child,
            String reason, boolean complexHealthNeeds, boolean safeguardingConcern, Consent consent,
            String submittedBy, Instant at) {
        return received(service, schoolUrn, schoolContact, child, reason, complexHealthNeeds, safeguardingConcern,
                consent, submittedBy, at, at, "Referred by the school");
    }

    /**
     * The referral to an adult service that takes this children's referral over: the same child, school, reason,
     * consent and family contacts, received on the day this one was received, so the young person keeps their wait.
     * The first line of its history says where it came from.
     */
    public Referral handedOverTo(ClinicalService adultService, String by, Instant at) {
        Referral adult = received(adultService, schoolUrn, schoolContact, child, reason, complexHealthNeeds,
                safeguardingConcern, consent, by, submittedAt, at, "Handed over from children's "
                        + service.inPlainWords() + ", keeping the date it was first received");
        adult.transferredFrom = id;
        for (FamilyContact contact : familyContacts) {
            adult.addFamilyContact(contact.details());
        }
        return adult;
    }

    /** A new referral, received on {@code receivedAt} and stored at {@code at}, its history opened by one line. */
    private static Referral received(ClinicalService service, String schoolUrn, SchoolContact schoolContact,
            Child child, String reason, boolean complexHealthNeeds, boolean safeguardingConcern, Consent consent,
            String by, Instant receivedAt, Instant at, String firstLine) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.reference = ReferralReference.generate();
        referral.status = ReferralStatus.SUBMITTED;
        referral.service = service;
        referral.schoolUrn = schoolUrn;
        referral.schoolContact = schoolContact;
        referral.child = child;
        referral.reason = reason;
        referral.complexHealthNeeds = complexHealthNeeds;
        referral.safeguardingConcern = safeguardingConcern;
        referral.consent = consent;
        referral.submittedBy = by;
        referral.submittedAt = receivedAt;
        referral.updatedAt = at;
        referral.timeline.add(new StatusChange(referral, null, ReferralStatus.SUBMITTED, null, firstLine,
                TextAudience.FAMILY, ChangeDetails.none(), by, at));
        return referral;
    }

    public FamilyContact addFamilyContact(FamilyContact.Details details) {
        FamilyContact contact = new FamilyContact(this, familyContacts.size(), details);
        familyContacts.add(contact);
        return contact;
    }

    public Optional<FamilyContact> familyContact(UUID contactId) {
        return familyContacts.stream().filter(contact -> contact.id().equals(contactId)).findFirst();
    }

    /** Moves to an open status; the priority is set when the referral is accepted. */
    public StatusChange moveTo(ReferralStatus to, Priority newPriority, String why, ChangeDetails details, String by,
            Instant at) {
        ReferralLifecycle.checkMove(status, to);
        if (to == ReferralStatus.ACCEPTED_WAITING) {
            if (newPriority == null) {
                throw new IllegalArgumentException("Accepting a referral needs a priority");
            }
            priority = newPriority;
        }
        return record(to, why, TextAudience.FAMILY, details, by, at);
    }

    /**
     * The school's answer to the clinician's question: the referral returns to triage, in its original place (the
     * queue is in order of receipt). The answer is written for the clinicians, so the school and staff read it; the
     * family is told that the school has answered, not what it said.
     */
    public StatusChange answer(String answer, List<ChangeDetails.AttachedFile> files, String by, Instant at) {
        if (status != ReferralStatus.MORE_INFORMATION_REQUESTED) {
            throw new IllegalTransition("The referral is " + status + ": no question is waiting for an answer");
        }
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("An answer needs words");
        }
        return record(ReferralStatus.IN_TRIAGE, answer, TextAudience.SCHOOL, ChangeDetails.schoolAnswer(files), by,
                at);
    }

    /** Keeps the place and estimate triage reports while the child waits; false if the child is not waiting. */
    public boolean placeNow(int position, Integer estimatedWeeks, Instant at) {
        if (status != ReferralStatus.ACCEPTED_WAITING) {
            return false;
        }
        waitingPlace = position;
        waitingEstimateWeeks = estimatedWeeks;
        waitingPlaceOn = at;
        return true;
    }

    public Optional<Instant> waitingPlaceOn() {
        return Optional.ofNullable(waitingPlaceOn);
    }

    public Integer waitingPlace() {
        return waitingPlace;
    }

    public Integer waitingEstimateWeeks() {
        return waitingEstimateWeeks;
    }

    /** Closes the referral; the reason is the family's to read, whoever closes it. */
    public StatusChange close(ClosureReason reasonForClosure, String why, List<String> signposting, String by,
            Instant at) {
        ReferralLifecycle.checkClosure(status, reasonForClosure, why, signposting);
        closureReason = reasonForClosure;
        return record(ReferralStatus.CLOSED, why, TextAudience.FAMILY, ChangeDetails.signposting(signposting), by,
                at);
    }

    public StatusChange reprioritise(Priority newPriority, String why, TextAudience audience, ChangeDetails details,
            String by, Instant at) {
        ReferralLifecycle.checkReprioritisation(status);
        if (newPriority == null || why == null || why.isBlank()) {
            throw new IllegalArgumentException("Re-prioritising needs a priority and a reason");
        }
        priority = newPriority;
        return record(status, why, audience, details, by, at);
    }

    private StatusChange record(ReferralStatus to, String why, TextAudience audience, ChangeDetails details,
            String by, Instant at) {
        StatusChange change = new StatusChange(this, status, to, priority, why, audience, details, by, at);
        timeline.add(change);
        status = to;
        updatedAt = at;
        return change;
    }

    public UUID transferredFrom() {
        return transferredFrom;
    }

    /** The adult referral this one was handed over to, if it was. */
    public Optional<UUID> handedOverTo() {
        return Referral.<Referral>find("transferredFrom", id).firstResultOptional().map(Referral::id);
    }

    public String reference() {
        return reference;
    }

    public UUID id() {
        return id;
    }

    public ReferralStatus status() {
        return status;
    }

    public ClinicalService service() {
        return service;
    }

    public String schoolUrn() {
        return schoolUrn;
    }

    public SchoolContact schoolContact() {
        return schoolContact;
    }

    public Child child() {
        return child;
    }

    /** The child's details corrected (a rectification); the status and timeline are unchanged. */
    void correctChild(Child corrected, Instant at) {
        child = corrected;
        updatedAt = at;
    }

    public String reason() {
        return reason;
    }

    public boolean complexHealthNeeds() {
        return complexHealthNeeds;
    }

    public boolean safeguardingConcern() {
        return safeguardingConcern;
    }

    public Consent consent() {
        return consent;
    }

    public Priority priority() {
        return priority;
    }

    public ClosureReason closureReason() {
        return closureReason;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<FamilyContact> familyContacts() {
        return Collections.unmodifiableList(familyContacts);
    }

    public List<StatusChange> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    public FhirMapping.Statuses fhirStatus() {
        return FhirMapping.of(fhirProgress());
    }

    /** Where the referral has been, as the FHIR view needs it. */
    public FhirMapping.Progress fhirProgress() {
        return FhirMapping.Progress.of(status, timeline.stream().map(StatusChange::to).toList(), closureReason);
    }
}
