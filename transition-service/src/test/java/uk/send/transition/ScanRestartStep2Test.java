package uk.send.transition;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import uk.send.testservers.Database;
import uk.send.transition.scan.TransitionScan;

/** Runs after {@link ScanRestartStep1Test}, in a restarted application. */
@QuarkusTest
@TestProfile(ScanRestartStep1Test.Step2AfterRestart.class)
class ScanRestartStep2Test {

    @Inject
    TransitionScan scan;

    @Test
    void aScanAfterTheRestartRaisesNothingAgain() {
        Database database = new Database("transition");
        String child = database.text("SELECT id::text FROM child WHERE given_name = ?", ScanRestartStep1Test.CHILD);
        long before = database.number("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", child);

        scan.scan(ScanRestartStep1Test.TODAY);

        assertThat(before).isPositive();
        assertThat(database.number("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", child))
                .isEqualTo(before);
    }
}
