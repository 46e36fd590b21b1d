package uk.send.transition.ehc;

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

/**
 * Advice asked for an EHC needs assessment: of the school, a clinical service (health advice, returned by its
 * clinicians in the portal), educational psychology or social care (returned as recorded by the case worker). Due 6
 * weeks from its request (reg. 8(1)).
 */
@Entity
@Table(name = "ehc_advice_request")
public class AdviceRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    public AdviceKind kind;

    /** For health advice, the clinical service asked. */
    @Enumerated(EnumType.STRING)
    public ClinicalService service;

    @Column(name = "requested_on")
    public LocalDate requestedOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "returned_on")
    public LocalDate returnedOn;

    /** For health advice, whether the child is known to the service that gave it. */
    @Column(name = "known_to_service")
    public Boolean knownToService;

    @Enumerated(EnumType.STRING)
    @Column(name = "exception_reason")
    public ExceptionReason exceptionReason;

    @Column(name = "exception_note")
    public String exceptionNote;

    public static AdviceRequest of(Assessment assessment, AdviceKind kind, ClinicalService service, LocalDate on) {
        AdviceRequest request = new AdviceRequest();
        request.id = UUID.randomUUID();
        request.assessmentId = assessment.id;
        request.kind = kind;
        request.service = service;
        request.requestedOn = on;
        request.dueOn = AssessmentClock.adviceDue(on);
        return request;
    }

    /** Records the advice returned; false if it was recorded already, the same day. */
    public boolean returned(LocalDate on, Boolean known, LocalDate today) {
        if (returnedOn != null) {
            if (returnedOn.equals(on)) {
                return false;
            }
            throw new EhcRefusal.NotNow("This advice was recorded as returned already, on " + InWords.date(returnedOn));
        }
        Assessment.inOrder("returnedOn", on, requestedOn, "the request for advice", today);
        returnedOn = on;
        knownToService = known;
        return true;
    }

    /** Returned after its due day, or not returned and the due day passed, with no exception recorded. */
    public boolean late(LocalDate today) {
        LocalDate by = returnedOn == null ? today : returnedOn;
        return by.isAfter(dueOn) && exceptionReason == null;
    }
}
