package uk.send.referral;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

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

    /** The code of the newest invitation sent to a referral's family contact, read from the event that carries it. */
    public String invitationCode(UUID referralId, int contactPosition) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery("""
                SELECT o.payload ->> 'code' FROM outbox_event o
                JOIN family_contact c ON c.id = (o.payload ->> 'contactId')::uuid
                WHERE o.event_type = 'referral.family-invited' AND c.referral_id = ?1 AND c.position = ?2
                ORDER BY o.seq DESC LIMIT 1""").setParameter(1, referralId).setParameter(2, contactPosition)
                .getSingleResult());
    }

    /** Runs a statement, for moving a row into a state a test needs (an invitation past its expiry). */
    public int update(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Query statement = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                statement.setParameter(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        });
    }

    public long count(String table, String where, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Query count = entityManager.createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + where);
            for (int i = 0; i < parameters.length; i++) {
                count.setParameter(i + 1, parameters[i]);
            }
            return ((Number) count.getSingleResult()).longValue();
        });
    }

    /** The payloads (as JSON) of a referral's events of one type, oldest first. */
    @SuppressWarnings("unchecked")
    public List<String> events(UUID referralId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                SELECT payload::text FROM outbox_event WHERE event_type = ?1 AND payload ->> 'referralId' = ?2
                ORDER BY seq""").setParameter(1, type).setParameter(2, referralId.toString()).getResultList());
    }
}
