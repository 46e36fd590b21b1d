package uk.send.referral;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * The record of corrections to referred children's details: what each changed field said and now says, on whose
 * request, by whom and when. A correction replaces the detail everywhere it is shown; this is where it can still be
 * explained.
 */
@ApplicationScoped
public class ChildCorrections {

    /** One field's change. */
    public record Change(String field, String was, String nowIs) {
    }

    /** One field's change as the record shows it. */
    public record Recorded(String field, String was, String nowIs, String requestReference, String by, Instant at) {
    }

    /** The details a correction may change, with how each is written in the record. */
    private static final List<Field> FIELDS = List.of(
            new Field("givenName", Child::givenName),
            new Field("familyName", Child::familyName),
            new Field("dateOfBirth", child -> child.dateOfBirth().toString()),
            new Field("nhsNumber", Child::nhsNumber),
            new Field("upn", Child::upn),
            new Field("yearGroup", child -> child.yearGroup() == null ? null : child.yearGroup().toString()));

    private record Field(String name, Function<Child, String> value) {
    }

    private final EntityManager entityManager;

    ChildCorrections(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The fields that differ, in a fixed order; empty when the correction changes nothing. */
    static List<Change> between(Child before, Child after) {
        List<Change> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            String was = field.value().apply(before);
            String nowIs = field.value().apply(after);
            if (!Objects.equals(was, nowIs)) {
                changes.add(new Change(field.name(), was, nowIs));
            }
        }
        return changes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void record(UUID referralId, List<Change> changes, String requestReference, String by, Instant at) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO child_correction (referral_id, "
                    + "field, was, now_is, request_reference, corrected_by, corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Change change : changes) {
                    insert.setObject(1, referralId);
                    insert.setString(2, change.field());
                    insert.setString(3, change.was());
                    insert.setString(4, change.nowIs());
                    insert.setString(5, requestReference);
                    insert.setString(6, by);
                    insert.setObject(7, at.atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** A referral's corrections, the newest first, each with its fields in a fixed order. */
    @Transactional
    public List<Recorded> of(UUID referralId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT field, was, now_is, request_reference, "
                        + "corrected_by, corrected_at FROM child_correction WHERE referral_id = ?1 "
                        + "ORDER BY corrected_at DESC, id")
                .setParameter(1, referralId).getResultList();
        return rows.stream().map(row -> new Recorded((String) row[0], (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], instant(row[5]))).toList();
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
}
