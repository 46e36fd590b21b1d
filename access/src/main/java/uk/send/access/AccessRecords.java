package uk.send.access;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * The record of every response that showed a named child: who (user name, role), which referral or child, what they
 * saw, when and from where. Written in the request that showed it, one statement for a whole list. The table is
 * append-only: the database refuses to change or delete a row (db/access), whichever role asks.
 */
@ApplicationScoped
public class AccessRecords {

    /** What a record is about. */
    public enum Subject {
        REFERRAL("referral_id"),
        CHILD("child_id");

        private final String column;

        Subject(String column) {
            this.column = column;
        }
    }

    /** One access, as a case worker reads it. */
    public record AccessRecord(String who, String role, String what, Instant at, String from) {
    }

    private final EntityManager entityManager;
    private final CallerIdentity caller;

    AccessRecords(EntityManager entityManager, CallerIdentity caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    /** Records that the caller was shown these referrals, for example in a list or a page. */
    @Transactional
    public void referralsShown(Collection<UUID> referralIds, String what) {
        record(Subject.REFERRAL, referralIds, what);
    }

    @Transactional
    public void referralShown(UUID referralId, String what) {
        record(Subject.REFERRAL, List.of(referralId), what);
    }

    /** Records that the caller changed the referral's personal data (a family contact's details), beside its reads. */
    @Transactional
    public void referralChanged(UUID referralId, String what) {
        record(Subject.REFERRAL, List.of(referralId), what);
    }

    /** Records that the caller was shown these children's records. */
    @Transactional
    public void childrenShown(Collection<UUID> childIds, String what) {
        record(Subject.CHILD, childIds, what);
    }

    /** Who looked at a referral or a child's record, newest first. */
    @Transactional
    public List<AccessRecord> of(Subject subject, UUID id) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT accessed_by, role, action, accessed_at, "
                + "accessed_from FROM record_access WHERE " + subject.column + " = ?1 ORDER BY accessed_at DESC, id DESC",
                Object[].class).setParameter(1, id).getResultList();
        return rows.stream().map(row -> new AccessRecord((String) row[0], (String) row[1], (String) row[2],
                instant(row[3]), (String) row[4])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return (Instant) value;
    }

    private void record(Subject subject, Collection<UUID> ids, String what) {
        if (ids.isEmpty()) {
            return;
        }
        String who = caller.username();
        String role = caller.role();
        String from = caller.address();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO record_access ("
                    + subject.column + ", accessed_by, role, action, accessed_at, accessed_from) "
                    + "SELECT id, ?, ?, ?, now(), ? FROM unnest(?) AS shown(id)")) {
                Array shown = connection.createArrayOf("uuid", ids.toArray());
                insert.setString(1, who);
                insert.setString(2, role);
                insert.setString(3, what);
                insert.setString(4, from);
                insert.setArray(5, shown);
                insert.executeUpdate();
            }
        });
    }
}
