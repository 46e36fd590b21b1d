package uk.send.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The service signs in to its database as an application role, not the owner that ran the migrations: it reads and
 * writes its rows, only ever adds to the audit (ReferralApiTest), and cannot change the schema, the grants or the
 * migration history.
 */
@QuarkusTest
class ApplicationRoleTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theServiceIsNotTheOwnerOfItsDatabase() {
        assertThat(sql("SELECT current_user")).isEqualTo("referral_app");
        assertThat(sql("SELECT tableowner FROM pg_tables WHERE tablename = 'referral'")).isNotEqualTo("referral_app");
    }

    @Test
    void theSchemaTheGrantsAndTheMigrationHistoryAreOutOfReach() {
        for (String change : new String[] {
                "ALTER TABLE referral ADD COLUMN note text",
                "DROP TRIGGER record_access_append_only ON record_access",
                "DELETE FROM flyway_schema_history",
                "CREATE TABLE copy_of_referrals AS SELECT * FROM referral"}) {
            assertThatThrownBy(() -> execute(change)).as(change).satisfiesAnyOf(e -> assertThat(e).hasStackTraceContaining("permission denied"),
                            e -> assertThat(e).hasStackTraceContaining("must be owner"));
        }
        // PostgreSQL answers a grant by someone without the right with a warning, and grants nothing.
        execute("GRANT UPDATE, DELETE ON record_access TO referral_app");
        assertThat(sql("SELECT has_table_privilege('record_access', 'UPDATE') "
                + "OR has_table_privilege('record_access', 'DELETE')")).isEqualTo("false");
        assertThat(sql("SELECT has_table_privilege('record_access', 'INSERT')")).isEqualTo("true");
    }

    private String sql(String query) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(entityManager.createNativeQuery(query)
                .getSingleResult()));
    }

    private void execute(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
