package uk.send.triage.advice;

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

/** Health advice a clinical service is asked for, for a child's EHC needs assessment, and the advice it returned. */
@Entity
@Table(name = "advice_request")
public class AdviceRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "assessment_reference")
    public String assessmentReference;

    /** The child's id in transition planning, for the audit of who read the request. */
    @Column(name = "child_id")
    public UUID childId;

    @Enumerated(EnumType.STRING)
    public ClinicalService service;

    @Column(name = "requested_on")
    public LocalDate requestedOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "child_given_name")
    public String childGivenName;

    @Column(name = "child_family_name")
    public String childFamilyName;

    @Column(name = "child_date_of_birth")
    public LocalDate childDateOfBirth;

    @Column(name = "nhs_number")
    public String nhsNumber;

    @Column(name = "school_urn")
    public String schoolUrn;

    @Column(name = "returned_on")
    public LocalDate returnedOn;

    @Column(name = "known_to_service")
    public Boolean knownToService;

    public String advice;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** Not returned and past its due day, or returned after it. */
    public boolean late(LocalDate today) {
        return (returnedOn == null ? today : returnedOn).isAfter(dueOn);
    }

    public String childName() {
        return childGivenName + " " + childFamilyName;
    }
}
