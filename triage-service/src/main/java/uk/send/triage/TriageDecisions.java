package uk.send.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.Priority;
import uk.send.contracts.ReprioritisationReason;
import uk.send.contracts.TriageDecision;
import uk.send.contracts.triage.TriageClosureRequested;
import uk.send.contracts.triage.TriageDecisionMade;
import uk.send.contracts.triage.TriageReprioritised;
import uk.send.outbox.Outbox;
import uk.send.triage.waiting.WaitingList;
import uk.send.triage.waiting.WaitingNews;

/**
 * A clinician's decisions, each in one transaction: the case moves, the decision is recorded with its reason, and
 * its event goes into the outbox for referral-service to apply. A clinician acts only within their own service.
 */
@ApplicationScoped
public class TriageDecisions {

    /** Where the referral stands after a decision. */
    public record Outcome(UUID referralId, TriageStage stage, Priority priority, Integer waitingListPosition,
            Integer estimatedWaitWeeks) {
    }

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final WaitingList waitingList;
    private final WaitingNews waitingNews;

    TriageDecisions(EntityManager entityManager, Outbox outbox, WaitingList waitingList, WaitingNews waitingNews) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.waitingList = waitingList;
        this.waitingNews = waitingNews;
    }

    @Transactional
    public Outcome accept(UUID referralId, ClinicalService scope, Priority priority, String by) {
        Instant now = Instant.now();
        TriageCase triageCase = locked(referralId, scope);
        triageCase.accept(priority, now);
        entityManager.flush();
        WaitingList.Place place = waitingList.placeOf(scope, referralId, now);
        List<uk.send.contracts.referral.SupportOffer> offers = SupportOffer.<SupportOffer>list(
                "service = ?1 ORDER BY position", scope).stream().map(SupportOffer::toEvent).toList();
        record(triageCase, "ACCEPTED", priority, null, by, now);
        waitingNews.accepted(referralId, place.position(), place.estimatedWeeks(), now);
        outbox.add(referralId.toString(), new TriageDecisionMade(referralId, scope, TriageDecision.ACCEPTED, now,
                priority, null, null, null, place.position(), place.estimatedWeeks(), offers));
        return outcome(triageCase, place);
    }

    @Transactional
    public Outcome decline(UUID referralId, ClinicalService scope, String reason, List<String> signposting,
            String by) {
        Instant now = Instant.now();
        TriageCase triageCase = locked(referralId, scope);
        triageCase.decline(now);
        record(triageCase, "DECLINED", null, reason, by, now);
        outbox.add(referralId.toString(), new TriageDecisionMade(referralId, scope, TriageDecision.DECLINED, now,
                null, reason, signposting, null, null, null, null));
        return outcome(triageCase, null);
    }

    @Transactional
    public Outcome requestInformation(UUID referralId, ClinicalService scope, String question, String by) {
        Instant now = Instant.now();
        TriageCase triageCase = locked(referralId, scope);
        triageCase.requestInformation(question, now);
        record(triageCase, "INFORMATION_REQUESTED", null, question, by, now);
        outbox.add(referralId.toString(), new TriageDecisionMade(referralId, scope,
                TriageDecision.INFORMATION_REQUESTED, now, null, null, null, question, null, null, null));
        return outcome(triageCase, null);
    }

    @Transactional
    public Outcome resume(UUID referralId, ClinicalService scope, String by) {
        Instant now = Instant.now();
        TriageCase triageCase = locked(referralId, scope);
        triageCase.resume(now);
        record(triageCase, "TRIAGE_RESUMED", null, null, by, now);
        outbox.add(referralId.toString(), new TriageDecisionMade(referralId, scope, TriageDecision.TRIAGE_RESUMED,
                now, null, null, null, null, null, null, null));
        return outcome(triageCase, null);
    }

    @Transactional
    public Outcome reprioritise(UUID referralId, ClinicalService scope, Priority priority,
            ReprioritisationReason category, String reason, String by) {
        Instant now = Instant.now();
        TriageCase triageCase = locked(referralId, scope);
        Priority from = triageCase.priority;
        triageCase.reprioritise(priority, now);
        entityManager.flush();
        WaitingList.Place place = waitingList.placeOf(scope, referralId, now);
        record(triageCase, "REPRIORITISED", priority, category + ": " + reason, by, now);
        outbox.add(referralId.toString(), new TriageReprioritised(referralId, scope, from, priority, category,
                reason, place.position(), place.estimatedWeeks(), now));
        return outcome(triageCase, place);
    }

    @Transactional
    public Outcome start(UUID referralId, ClinicalService scope, String by) {
        Instant now = Instant.now();
        TriageCase triageCase = locked(referralId, scope);
        triageCase.start(now);
        record(triageCase, "STARTED", null, null, by, now);
        outbox.add(referralId.toString(), new TriageDecisionMade(referralId, scope, TriageDecision.STARTED, now,
                null, null, null, null, null, null, null));
        return outcome(triageCase, null);
    }

    @Transactional
    public Outcome close(UUID referralId, ClinicalService scope, ClosureReason outcome, String summary,
            String by) {
        Instant now = Instant.now();
        TriageCase triageCase = locked(referralId, scope);
        triageCase.close(now);
        record(triageCase, "CLOSED_" + outcome, null, summary, by, now);
        outbox.add(referralId.toString(), new TriageClosureRequested(referralId, scope, outcome, summary, now));
        return outcome(triageCase, null);
    }

    private TriageCase locked(UUID referralId, ClinicalService scope) {
        TriageCase triageCase = entityManager.find(TriageCase.class, referralId, LockModeType.PESSIMISTIC_WRITE);
        if (triageCase == null || triageCase.service != scope) {
            throw new CaseNotFound();
        }
        return triageCase;
    }

    /** A decision as recorded: its code ({@code ACCEPTED}, {@code CLOSED_COMPLETED}, ...), who made it and when. */
    public record Recorded(String decision, Priority priority, String reason, String by, Instant at) {
    }

    /** Every decision made about a referral in triage, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Recorded> history(UUID referralId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT decision, priority, reason, decided_by, decided_at FROM triage_decision
                WHERE referral_id = :id ORDER BY id""").setParameter("id", referralId).getResultList();
        return rows.stream().map(row -> new Recorded((String) row[0],
                row[1] == null ? null : Priority.valueOf((String) row[1]), (String) row[2], (String) row[3],
                Timestamps.instant(row[4]))).toList();
    }

    private void record(TriageCase triageCase, String decision, Priority priority, String reason, String by,
            Instant at) {
        entityManager.createNativeQuery("""
                INSERT INTO triage_decision (referral_id, decision, priority, reason, decided_by, decided_at)
                VALUES (:referral, :decision, :priority, :reason, :by, :at)""")
                .setParameter("referral", triageCase.referralId)
                .setParameter("decision", decision)
                .setParameter("priority", priority == null ? null : priority.name())
                .setParameter("reason", reason)
                .setParameter("by", by)
                .setParameter("at", at)
                .executeUpdate();
    }

    private static Outcome outcome(TriageCase triageCase, WaitingList.Place place) {
        return new Outcome(triageCase.referralId, triageCase.stage, triageCase.priority,
                place == null ? null : place.position(), place == null ? null : place.estimatedWeeks());
    }
}
