package uk.send.referral.retention;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import uk.send.contracts.referral.ReferralRecordsDestroyed;
import uk.send.outbox.Outbox;
import uk.send.outbox.RecordDeletion;

/**
 * Destroys everything this service holds about one referral, in one transaction with the event that tells the other
 * services to destroy their copies, and enters the destruction in the register: the Code of Practice asks that a
 * record of what was destroyed, when and on whose authority be kept, and the register names no one.
 * <p>
 * What stays: the register entry, the record of who read the referral (append-only, and naming only its id), and the
 * ids of events this service applied, so that a redelivered event about the referral cannot bring it back. Its events
 * still waiting in the outbox go with it.
 */
@ApplicationScoped
public class RecordDestruction {

    /** One destruction, as the register holds it. */
    public record Destroyed(UUID referralId, String reference, String service, ReferralRecordsDestroyed.Why why,
            ErasureGround ground, String requestReference, LocalDate keptUntil, String destroyedBy,
            Instant destroyedAt) {
    }

    /** The tables that hold a referral's data, in the order their rows must go. */
    private static final List<String> DELETIONS = List.of(
            "DELETE FROM family_invitation WHERE contact_id IN (SELECT id FROM family_contact WHERE referral_id = ?1)",
            "DELETE FROM family_link WHERE contact_id IN (SELECT id FROM family_contact WHERE referral_id = ?1)",
            "DELETE FROM family_contact WHERE referral_id = ?1",
            "DELETE FROM status_change WHERE referral_id = ?1",
            "DELETE FROM child_correction WHERE referral_id = ?1",
            "DELETE FROM idempotency_key WHERE referral_id = ?1",
            "DELETE FROM referral_attachment WHERE referral_id = ?1",
            "DELETE FROM event_conflict WHERE referral_id = ?1",
            // The adult referral handed over from this one keeps its own records and its received date.
            "UPDATE referral SET transferred_from = NULL WHERE transferred_from = ?1",
            "DELETE FROM referral WHERE id = ?1");

    private final EntityManager entityManager;
    private final RecordDeletion deletion;
    private final Outbox outbox;

    RecordDestruction(EntityManager entityManager, RecordDeletion deletion, Outbox outbox) {
        this.entityManager = entityManager;
        this.deletion = deletion;
        this.outbox = outbox;
    }

    /** Destroys a referral whose retention period has passed; nothing if another instance got there first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Destroyed> periodPassed(UUID referralId, LocalDate keptUntil) {
        return destroy(referralId, ReferralRecordsDestroyed.Why.RETENTION_PERIOD_ENDED, null, null, keptUntil,
                "retention schedule");
    }

    /** Erases a referral on a ground the law upholds; empty if there is no such referral. */
    @Transactional
    public Optional<Destroyed> erased(UUID referralId, ErasureGround ground, String requestReference, String by) {
        return destroy(referralId, ReferralRecordsDestroyed.Why.ERASURE, ground, requestReference, null, by);
    }

    private Optional<Destroyed> destroy(UUID id, ReferralRecordsDestroyed.Why why, ErasureGround ground,
            String requestReference, LocalDate keptUntil, String by) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = entityManager.createNativeQuery(
                "SELECT reference, service FROM referral WHERE id = ?1 FOR UPDATE").setParameter(1, id)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        deletion.delete(DELETIONS, id, List.of(id.toString()));
        Instant now = Instant.now();
        Destroyed destroyed = new Destroyed(id, ((String) found.get(0)[0]).trim(), (String) found.get(0)[1], why,
                ground, requestReference, keptUntil, by, now);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO destroyed_record (referral_id, "
                    + "reference, service, why, ground, request_reference, kept_until, destroyed_by, destroyed_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, destroyed.reference());
                insert.setString(3, destroyed.service());
                insert.setString(4, why.name());
                insert.setString(5, ground == null ? null : ground.name());
                insert.setString(6, requestReference);
                insert.setObject(7, keptUntil, Types.DATE);
                insert.setString(8, by);
                insert.setObject(9, now.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        });
        outbox.add(id.toString(), new ReferralRecordsDestroyed(id, why, now));
        return Optional.of(destroyed);
    }
}
