package uk.send.outbox;

import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

/**
 * Native SQL on a table that no entity maps, which needs nothing pending in the persistence context written before it
 * runs. Hibernate cannot tell what a native statement touches, so unless told it flushes every pending change first:
 * a consumer applying a polled batch in one transaction then checked every entity of the batch for changes, and wrote
 * each event's changes in round trips of their own, once for each event it recorded as processed, instead of writing
 * them all together at the commit in JDBC batches.
 */
public final class NativeStatements {

    private NativeStatements() {
    }

    /** {@code query}, which touches only tables no entity maps: pending changes wait for the commit. */
    public static <Q extends Query> Q onUnmappedTables(Q query) {
        query.setFlushMode(FlushModeType.COMMIT);
        return query;
    }
}
