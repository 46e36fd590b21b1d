package uk.send.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.Priority;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.ReprioritisationReason;
import uk.send.contracts.TextAudience;
import uk.send.contracts.WaitingUpdateReason;
import uk.send.referral.family.FamilyAccess;

/**
 * Every change to a referral, each in one transaction with the events that announce it. A referral being changed is
 * locked for the transaction, so concurrent changes apply one after the other against the latest status. A change
 * the lifecycle refuses is refused before anything is written, so it does not doom the caller's transaction: a
 * consumer records the conflict in it instead.
 */
@ApplicationScoped
public class Referrals {

    private final ReferralEvents events;
    private final IdempotencyKeys idempotencyKeys;

    private final FamilyAccess familyAccess;
    private final ChildCorrections childCorrections;

    Referrals(ReferralEvents events, IdempotencyKeys idempotencyKeys, FamilyAccess familyAccess,
            ChildCorrections childCorrections) {
        this.events = events;
        this.idempotencyKeys = idempotencyKeys;
        this.familyAccess = familyAccess;
        this.childCorrections = childCorrections;
    }

    /**
     * Stores a new referral and announces it, unless the caller's idempotency key already created one from the same
     * request, in which case that referral is returned unchanged.
     */
    @Transactional
    public Submission submit(Referral draft, String caller, String idempotencyKey, String requestHash) {
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.Remembered> earlier = idempotencyKeys.find(caller, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(requestHash)) {
                    throw new IdempotencyKeyReused();
                }
                return new Submission(Referral.findById(earlier.get().referralId()), false);
            }
        }
        draft.persist();
        events.submitted(draft);
        familyAccess.inviteAll(draft);
        if (idempotencyKey != null) {
            draft.flush();
            idempotencyKeys.remember(caller, idempotencyKey, requestHash, draft.id());
        }
        return new Submission(draft, true);
    }

    /**
     * Hands a children's referral over to an adult service: the adult referral is stored and announced with the
     * children's referral's received date, the family's accounts stay linked (or invited) as they were, and the
     * children's referral closes naming the service that now has it. One transaction: all of it or none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Referral handOver(Referral children, ClinicalService adultService, String by, Instant at) {
        Referral adult = children.handedOverTo(adultService, by, at);
        adult.persist();
        events.submitted(adult);
        familyAccess.carryOver(children, adult);
        close(children, ClosureReason.TRANSFERRED_TO_ADULT_SERVICES, "Handed over to " + adultService.inPlainWords()
                + ", which now has the referral with the date it was first received, so the wait is not lost",
                List.of(), by, at);
        return adult;
    }

    /** The school's answer: the referral returns to triage and the change is announced. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = {IllegalTransition.class,
            IllegalArgumentException.class})
    public void answer(Referral referral, String answer, List<ChangeDetails.AttachedFile> files, String by,
            Instant at) {
        StatusChange change = referral.answer(answer, files, by, at);
        events.statusChanged(referral, change);
    }

    /**
     * Corrects some of a referral's family contacts and adds others, then announces every contact as it now is, so
     * that notices (a held one included) go where the contacts are now reached. Whoever is now reached at another
     * address, number or channel and has not linked an account yet is sent a new invitation there, and the code sent
     * before stops working: it may have gone to a mistyped address. A new contact is invited. Any status: a closure
     * notice held for want of an address is released this way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changeContacts(Referral referral, Map<UUID, FamilyContact.Details> corrections,
            List<FamilyContact.Details> additions, Instant at) {
        List<FamilyContact> toInvite = new ArrayList<>();
        corrections.forEach((contactId, corrected) -> {
            FamilyContact contact = referral.familyContact(contactId).orElseThrow(ReferralNotFound::new);
            if (contact.correct(corrected)) {
                toInvite.add(contact);
            }
        });
        additions.forEach(added -> toInvite.add(referral.addFamilyContact(added)));
        referral.flush();
        // The contacts first: notification-service must know where to send an invitation before it is asked to.
        events.contactsChanged(referral, at);
        for (FamilyContact contact : toInvite) {
            familyAccess.inviteUnlessLinked(referral, contact, at);
        }
    }

    /**
     * Corrects the referred child's details and announces the child as now recorded, with a record of each field
     * changed; returns the changes, none when the correction changes nothing (and nothing is announced).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ChildCorrections.Change> correctChild(Referral referral, Child corrected, String requestReference,
            String by, Instant at) {
        List<ChildCorrections.Change> changes = ChildCorrections.between(referral.child(), corrected);
        if (!changes.isEmpty()) {
            referral.correctChild(corrected, at);
            childCorrections.record(referral.id(), changes, requestReference, by, at);
            events.childCorrected(referral, at);
        }
        return changes;
    }

    /** Triage's news of a waiting child's place: kept for the family view and announced for the family's notice. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void waitingUpdate(Referral referral, int position, Integer estimatedWeeks, WaitingUpdateReason reason,
            Instant at) {
        if (referral.placeNow(position, estimatedWeeks, at)) {
            events.waitingUpdate(referral, reason, at);
        }
    }

    @Transactional
    public Referral withdraw(UUID id, Predicate<Referral> mayWithdraw, String reason, String by) {
        Referral referral = locked(id).filter(mayWithdraw).orElseThrow(ReferralNotFound::new);
        close(referral, ClosureReason.WITHDRAWN, reason, List.of(), by, Instant.now());
        return referral;
    }

    /** The referral, locked until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Referral> locked(UUID id) {
        return Optional.ofNullable(Referral.findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = {IllegalTransition.class,
            IllegalArgumentException.class})
    public void move(Referral referral, ReferralStatus to, Priority priority, String why, ChangeDetails details,
            String by, Instant at) {
        StatusChange change = referral.moveTo(to, priority, why, details, by, at);
        events.statusChanged(referral, change);
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = {IllegalTransition.class,
            IllegalArgumentException.class})
    public void close(Referral referral, ClosureReason reason, String why, List<String> signposting, String by,
            Instant at) {
        StatusChange change = referral.close(reason, why, signposting, by, at);
        events.statusChanged(referral, change);
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = {IllegalTransition.class,
            IllegalArgumentException.class})
    public void reprioritise(Referral referral, Priority to, ReprioritisationReason category, String why,
            ChangeDetails details, String by, Instant at) {
        Priority from = referral.priority();
        StatusChange change = referral.reprioritise(to, why, TextAudience.ofReprioritisation(category), details, by,
                at);
        events.reprioritised(referral, from, category, change, at);
    }
}
