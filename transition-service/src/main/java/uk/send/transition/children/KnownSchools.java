package uk.send.transition.children;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import uk.send.outbox.NativeStatements;

/**
 * The schools and settings of the area, by URN: learned from referrals and registrations, or added by a case worker,
 * so that a corrected record can only name a school that exists.
 */
@ApplicationScoped
public class KnownSchools {

    private final EntityManager entityManager;

    KnownSchools(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public boolean isKnown(String urn) {
        return ((Number) NativeStatements.onUnmappedTables(entityManager.createNativeQuery(
                "SELECT count(*) FROM known_school WHERE urn = :urn"))
                .setParameter("urn", urn).getSingleResult()).intValue() > 0;
    }

    /**
     * Adds a school, or names one already known; returns whether it was new. A school already known by that name is
     * left as it is: every referral names its school, and rewriting the same row each time would make referrals from
     * one school wait on each other.
     */
    public boolean add(String urn, String name) {
        List<?> written = NativeStatements.onUnmappedTables(entityManager.createNativeQuery("""
                INSERT INTO known_school (urn, name, added_at) VALUES (:urn, :name, :at)
                ON CONFLICT (urn) DO UPDATE SET name = excluded.name
                WHERE excluded.name IS NOT NULL AND known_school.name IS DISTINCT FROM excluded.name
                RETURNING (xmax = 0)"""))
                .setParameter("urn", urn).setParameter("name", name).setParameter("at", Instant.now())
                .getResultList();
        return !written.isEmpty() && Boolean.TRUE.equals(written.get(0));
    }
}
