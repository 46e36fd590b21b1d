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
     * Adds a school, or names one already known; returns whether it was new. A school learned from a referral or a
     * registration comes without a name and is only ever added: {@code ON CONFLICT DO UPDATE} locks the row it finds
     * even when its {@code WHERE} leaves it as it is, so every referral from one school would hold that school's row
     * until its transaction ends, and two polls applied at once (two instances, two partitions) would wait on each
     * other, or deadlock when they name two schools in opposite orders.
     */
    public boolean add(String urn, String name) {
        String statement = name == null
                ? """
                INSERT INTO known_school (urn, name, added_at) VALUES (:urn, :name, :at)
                ON CONFLICT (urn) DO NOTHING
                RETURNING true"""
                : """
                INSERT INTO known_school (urn, name, added_at) VALUES (:urn, :name, :at)
                ON CONFLICT (urn) DO UPDATE SET name = excluded.name
                WHERE known_school.name IS DISTINCT FROM excluded.name
                RETURNING (xmax = 0)""";
        List<?> written = NativeStatements.onUnmappedTables(entityManager.createNativeQuery(statement))
                .setParameter("urn", urn).setParameter("name", name).setParameter("at", Instant.now())
                .getResultList();
        return !written.isEmpty() && Boolean.TRUE.equals(written.get(0));
    }
}
