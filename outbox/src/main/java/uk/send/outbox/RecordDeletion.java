package uk.send.outbox;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Deletes what a service holds of one record whose retention ended or which was erased: its rows, by statements that
 * each take the record's key as their one parameter, in the order given, and its events still kept in the outbox. In
 * the caller's transaction, after what it has changed so far is written; the persistence context is emptied after, so
 * nothing deleted is found in it again.
 */
@ApplicationScoped
public class RecordDeletion {

    private final EntityManager entityManager;
    private final Outbox outbox;

    RecordDeletion(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(List<String> statements, Object key, Collection<String> eventAggregates) {
        entityManager.flush();
        for (String statement : statements) {
            entityManager.createNativeQuery(statement).setParameter(1, key).executeUpdate();
        }
        outbox.discard(eventAggregates);
        entityManager.clear();
    }
}
