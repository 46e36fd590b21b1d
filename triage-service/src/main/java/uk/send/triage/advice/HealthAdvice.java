package uk.send.triage.advice;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.ehc.EhcAdviceRequested;
import uk.send.contracts.triage.TriageAdviceReturned;
import uk.send.identifiers.England;
import uk.send.outbox.Outbox;
import uk.send.problems.Refusal;

/**
 * Health advice for EHC needs assessments, as a clinical service's work: received from transition-service, listed
 * for the service's clinicians with the oldest due first, returned once. Returning it publishes only its date and
 * whether the child is known to the service; the advice stays here.
 */
@ApplicationScoped
public class HealthAdvice {

    /** Returned advice of at most this many characters: several pages of plain text. */
    public static final int MAX_ADVICE = 20_000;

    private final Outbox outbox;

    HealthAdvice(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Files a request; the same request delivered again changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(EhcAdviceRequested requested) {
        if (AdviceRequest.findById(requested.adviceRequestId()) != null) {
            return;
        }
        AdviceRequest request = new AdviceRequest();
        request.id = requested.adviceRequestId();
        request.assessmentId = requested.assessmentId();
        request.assessmentReference = requested.assessmentReference();
        request.childId = requested.childId();
        request.service = requested.service();
        request.requestedOn = requested.requestedOn();
        request.dueOn = requested.dueOn();
        request.childGivenName = requested.child().givenName();
        request.childFamilyName = requested.child().familyName();
        request.childDateOfBirth = requested.child().dateOfBirth();
        request.nhsNumber = requested.child().nhsNumber();
        request.schoolUrn = requested.child().schoolUrn();
        request.receivedAt = Instant.now();
        request.persist();
    }

    /** A service's requests: those awaiting advice, due soonest first, then those returned, latest first. */
    public List<AdviceRequest> of(ClinicalService service) {
        return AdviceRequest.list("service = ?1 ORDER BY returnedOn NULLS FIRST, dueOn, returnedOn DESC", service);
    }

    /** Every request, for the case work team. */
    public List<AdviceRequest> all() {
        return AdviceRequest.list("ORDER BY returnedOn NULLS FIRST, dueOn");
    }

    /** A request, if there is one this service may see (null service: any, for the case work team). */
    public Optional<AdviceRequest> find(UUID id, ClinicalService service) {
        return AdviceRequest.<AdviceRequest>findByIdOptional(id).filter(r -> service == null || r.service == service);
    }

    /**
     * Returns the advice. Sent again with the same words it changes nothing; advice already returned is never
     * overwritten.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void returned(AdviceRequest request, String advice, boolean knownToService, String by) {
        if (request.returnedOn != null) {
            if (advice.equals(request.advice) && request.knownToService == knownToService) {
                return;
            }
            throw new AdviceAlreadyReturned(request);
        }
        request.advice = advice;
        request.knownToService = knownToService;
        request.returnedOn = England.today();
        request.returnedBy = by;
        outbox.add(request.assessmentId.toString(), new TriageAdviceReturned(request.id, request.assessmentId,
                request.service, request.returnedOn, knownToService));
    }

    /**
     * The child's records in transition-service were destroyed: the advice asked for their assessments (with the
     * child's name and the advice written) goes too, with its events still kept here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void childRecordsDestroyed(UUID childId) {
        List<AdviceRequest> requests = AdviceRequest.list("childId", childId);
        outbox.discard(requests.stream().map(request -> request.assessmentId.toString()).distinct().toList());
        AdviceRequest.delete("childId", childId);
    }

    /** Advice is returned once: a correction goes to the case worker, who holds the assessment. */
    public static class AdviceAlreadyReturned extends Refusal.Conflict {
        public AdviceAlreadyReturned(AdviceRequest request) {
            super("This advice was returned on " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                    .format(request.returnedOn) + " by " + request.returnedBy
                    + ". To correct it, contact the SEND case work team.");
        }
    }
}
