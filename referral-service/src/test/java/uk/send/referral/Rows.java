package uk.send.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Row counts, to prove that a refused request left nothing behind. */
@ApplicationScoped
public class Rows {

    private final EntityManager entityManager;

    Rows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long count(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue());
    }

    public long count(String table, String where, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + where)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
