package uk.send.transition.children;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

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
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM known_school WHERE urn = :urn")
                .setParameter("urn", urn).getSingleResult()).intValue() > 0;
    }

    /** Adds a school, or names one already known; returns whether it was new. */
    public boolean add(String urn, String name) {
        return entityManager.createNativeQuery("""
                INSERT INTO known_school (urn, name, added_at) VALUES (:urn, :name, :at)
                ON CONFLICT (urn) DO UPDATE SET name = coalesce(excluded.name, known_school.name)
                RETURNING (xmax = 0)""")
                .setParameter("urn", urn).setParameter("name", name).setParameter("at", Instant.now())
                .getSingleResult().equals(Boolean.TRUE);
    }
}
