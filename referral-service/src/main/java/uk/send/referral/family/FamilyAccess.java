package uk.send.referral.family;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import uk.send.contracts.referral.ReferralFamilyInvited;
import uk.send.contracts.referral.ReferralFamilyLinked;
import uk.send.contracts.referral.ReferralFamilyUnlinked;
import uk.send.outbox.Outbox;
import uk.send.referral.FamilyContact;
import uk.send.referral.Referral;
import uk.send.referral.ReferralNotFound;

/**
 * How a family member comes to see a referral: each family contact named on it is sent a one-time code; whoever
 * signs in and enters the code is linked to that contact by their account's subject, and from then on reads by that
 * link alone. Case workers re-send or revoke invitations and remove links. Every change is announced in the same
 * transaction, so notification-service sends the code and keeps its family inbox to the same links.
 */
@ApplicationScoped
public class FamilyAccess {

    private final Outbox outbox;
    private final FamilyConfig config;
    private final EntityManager entityManager;

    FamilyAccess(Outbox outbox, FamilyConfig config, EntityManager entityManager) {
        this.outbox = outbox;
        this.config = config;
        this.entityManager = entityManager;
    }

    /** Invites every family contact of a newly stored referral, in the transaction that stores it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void inviteAll(Referral referral) {
        for (FamilyContact contact : referral.familyContacts()) {
            invite(referral, contact, Instant.now());
        }
    }

    /**
     * Carries the family's access over to a referral handed over from another: a contact whose account was linked is
     * linked to its copy, one still invited is invited again; a contact never invited stays so.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void carryOver(Referral from, Referral to) {
        Instant now = Instant.now();
        List<FamilyContact> before = from.familyContacts();
        List<FamilyContact> after = to.familyContacts();
        entityManager.flush();
        for (int i = 0; i < before.size(); i++) {
            FamilyContact contact = after.get(i);
            switch (standing(before.get(i).id())) {
                case "LINKED" -> {
                    FamilyLink previous = FamilyLink.findById(before.get(i).id());
                    FamilyLink link = new FamilyLink();
                    link.contactId = contact.id();
                    link.subject = previous.subject;
                    link.linkedAt = now;
                    link.persist();
                    outbox.add(to.id().toString(), new ReferralFamilyLinked(to.id(), contact.id(), previous.subject,
                            now));
                }
                case "INVITED" -> invite(to, contact, now);
                default -> {
                    // Never invited (no way to reach them, or the invitation was withdrawn): nothing to carry.
                }
            }
        }
    }

    /**
     * Accepts an invitation for the signed-in family account. Returns the referral it opens. A refused code is
     * counted against the account and the count is kept, so the refusal does not roll back.
     */
    @Transactional(dontRollbackOn = InvitationRefused.class)
    public UUID accept(String typedCode, String subject) {
        Instant now = Instant.now();
        long recentWrongCodes = entityManager.createQuery("SELECT count(*) FROM InvitationAttempt a "
                + "WHERE a.subject = :subject AND a.attemptedAt > :since", Long.class)
                .setParameter("subject", subject).setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recentWrongCodes >= config.wrongCodesPerHour()) {
            throw InvitationRefused.tooManyTries();
        }
        FamilyInvitation invitation = InvitationCode.normalise(typedCode).map(InvitationCode::hash)
                .flatMap(FamilyAccess::lockedInvitation)
                .filter(found -> found.open(now))
                .orElse(null);
        if (invitation == null) {
            new InvitationAttempt(subject, now).persist();
            throw new InvitationRefused();
        }
        invitation.acceptedAt = now;
        invitation.acceptedBy = subject;
        FamilyContact contact = entityManager.find(FamilyContact.class, invitation.contactId);
        // A new invitation accepted from another account moves the link to it: the contact asked for it again.
        FamilyLink link = FamilyLink.<FamilyLink>findByIdOptional(contact.id()).orElseGet(FamilyLink::new);
        link.contactId = contact.id();
        link.subject = subject;
        link.linkedAt = now;
        link.persist();
        UUID referralId = contact.referral().id();
        outbox.add(referralId.toString(), new ReferralFamilyLinked(referralId, contact.id(), subject, now));
        return referralId;
    }

    /** Sends a family contact a new code; any code sent before can no longer be used. */
    @Transactional
    public void reinvite(UUID referralId, UUID contactId) {
        FamilyContact contact = contactOf(referralId, contactId);
        invite(contact.referral(), contact, Instant.now());
    }

    /** Invites a contact now reached somewhere new, unless an account is linked to them already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void inviteUnlessLinked(Referral referral, FamilyContact contact, Instant at) {
        if (FamilyLink.findById(contact.id()) == null) {
            invite(referral, contact, at);
        }
    }

    /** Withdraws a family contact's unused invitation, if any. */
    @Transactional
    public void revokeInvitation(UUID referralId, UUID contactId) {
        contactOf(referralId, contactId);
        revokeOpenInvitations(contactId, Instant.now());
    }

    /** Removes the link between a family contact and whichever account accepted its invitation. */
    @Transactional
    public void unlink(UUID referralId, UUID contactId) {
        contactOf(referralId, contactId);
        if (FamilyLink.deleteById(contactId)) {
            outbox.add(referralId.toString(), new ReferralFamilyUnlinked(referralId, contactId, Instant.now()));
        }
    }

    /** The family contacts an account is linked to, on whichever referrals. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FamilyContact> linkedContacts(String subject) {
        return entityManager.createQuery("SELECT c FROM FamilyContact c, FamilyLink l "
                + "WHERE l.contactId = c.id AND l.subject = :subject ORDER BY c.referral.submittedAt DESC",
                FamilyContact.class).setParameter("subject", subject).getResultList();
    }

    /** Where a family contact stands: {@code LINKED}, {@code INVITED}, or {@code NOT_INVITED}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String standing(UUID contactId) {
        if (FamilyLink.findById(contactId) != null) {
            return "LINKED";
        }
        Instant now = Instant.now();
        boolean invited = FamilyInvitation.<FamilyInvitation>list("contactId", contactId).stream()
                .anyMatch(invitation -> invitation.open(now));
        return invited ? "INVITED" : "NOT_INVITED";
    }

    private void invite(Referral referral, FamilyContact contact, Instant at) {
        revokeOpenInvitations(contact.id(), at);
        String code = InvitationCode.generate();
        FamilyInvitation invitation = new FamilyInvitation();
        invitation.id = UUID.randomUUID();
        invitation.contactId = contact.id();
        invitation.codeHash = InvitationCode.hash(code);
        invitation.createdAt = at;
        invitation.expiresAt = at.plus(config.invitationValidFor());
        invitation.persist();
        outbox.add(referral.id().toString(),
                new ReferralFamilyInvited(referral.id(), contact.id(), code, invitation.expiresAt, at));
    }

    /** Locked, so that two people entering the same code at once cannot both be linked by it. */
    private static Optional<FamilyInvitation> lockedInvitation(String codeHash) {
        return FamilyInvitation.find("codeHash", codeHash).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    private static void revokeOpenInvitations(UUID contactId, Instant at) {
        FamilyInvitation.update("revokedAt = ?1 WHERE contactId = ?2 AND acceptedAt IS NULL AND revokedAt IS NULL",
                at, contactId);
    }

    private static FamilyContact contactOf(UUID referralId, UUID contactId) {
        Referral referral = Referral.<Referral>findByIdOptional(referralId).orElseThrow(ReferralNotFound::new);
        return referral.familyContacts().stream().filter(contact -> contact.id().equals(contactId)).findFirst()
                .orElseThrow(ReferralNotFound::new);
    }
}
