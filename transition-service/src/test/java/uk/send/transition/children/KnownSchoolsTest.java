package uk.send.transition.children;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.send.testservers.Database;

/**
 * A school is added once and renamed when a new name comes; naming it again as it is writes nothing, and a referral
 * naming its school takes no lock on the school's row, so referrals from one school do not queue on it.
 */
@QuarkusTest
class KnownSchoolsTest {

    private final Database database = new Database("transition");

    @Inject
    KnownSchools schools;

    @Test
    void aSchoolNamedAgainAsItIsIsLeftUnwritten() {
        String urn = someUrn();

        assertThat(add(urn, "Oakfield Primary")).as("new").isTrue();
        String version = database.text("SELECT xmin::text FROM known_school WHERE urn = ?", urn);

        assertThat(add(urn, "Oakfield Primary")).as("new the second time").isFalse();
        assertThat(add(urn, null)).as("new when named by no one").isFalse();
        assertThat(database.text("SELECT xmin::text FROM known_school WHERE urn = ?", urn))
                .as("row version after naming it as it is").isEqualTo(version);

        assertThat(add(urn, "Oakfield Primary Academy")).as("new when renamed").isFalse();
        assertThat(database.text("SELECT name FROM known_school WHERE urn = ?", urn))
                .isEqualTo("Oakfield Primary Academy");
    }

    @Test
    void aSchoolLearnedFromAReferralLeavesItsRowUnlocked() {
        String urn = someUrn();
        add(urn, "Oakfield Primary");

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(schools.add(urn, null)).as("new").isFalse();
            // Another transaction locks the row at once: the referral's transaction, still open, holds nothing on it.
            assertThat(database.text("SELECT urn FROM known_school WHERE urn = ? FOR UPDATE NOWAIT", urn))
                    .isEqualTo(urn);
        });
    }

    private static String someUrn() {
        return String.valueOf(700_000 + (System.nanoTime() % 99_999));
    }

    private boolean add(String urn, String name) {
        return QuarkusTransaction.requiringNew().call(() -> schools.add(urn, name));
    }
}
