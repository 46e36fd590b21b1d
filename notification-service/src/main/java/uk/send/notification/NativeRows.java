package uk.send.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Values of native query rows as Java types, whichever of its types the driver and Hibernate gave. */
public final class NativeRows {

    private NativeRows() {
    }

    /** A {@code timestamptz} column; null stays null. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
