package uk.send.referral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import uk.send.outbox.NativeStatements;

/** Remembers which referral each caller's Idempotency-Key created, and from which request body. */
@ApplicationScoped
public class IdempotencyKeys {

    private final EntityManager entityManager;

    IdempotencyKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record Remembered(String requestHash, UUID referralId) {
    }

    Optional<Remembered> find(String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeStatements.onUnmappedTables(entityManager.createNativeQuery(
                "SELECT request_hash, referral_id FROM idempotency_key WHERE caller = :caller AND key = :key"))
                .setParameter("caller", caller)
                .setParameter("key", key)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Remembered((String) row[0], (UUID) row[1]));
    }

    /** Fails at once, inside the transaction, if a concurrent request took the same key first. */
    void remember(String caller, String key, String requestHash, UUID referralId) {
        // The referral it names is flushed just before: its foreign key needs the row.
        NativeStatements.onUnmappedTables(entityManager.createNativeQuery("""
                INSERT INTO idempotency_key (caller, key, request_hash, referral_id, created_at)
                VALUES (:caller, :key, :hash, :referral, :at)"""))
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("referral", referralId)
                .setParameter("at", Instant.now())
                .executeUpdate();
    }
}
