package uk.send.transition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import uk.send.identifiers.England;
import uk.send.testservers.Database;
import uk.send.testservers.Tokens;
import uk.send.transition.scan.TransitionScan;

/**
 * Registering a child raises their events at once, and a scan later the same day raises nothing again: what was
 * raised is kept in the database (the outbox and the scan's runs), never in the application, so it holds across a
 * restart as within one run.
 */
@QuarkusTest
@TestProfile(ScanRaisesOnceTest.BothLeadTimes.class)
class ScanRaisesOnceTest {

    static final String CHILD = "Scan-once-probe";
    static final LocalDate TODAY = England.today();

    public static class BothLeadTimes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("transition.lead-times-months", "12,6");
        }
    }

    @Inject
    TransitionScan scan;

    private final Database database = new Database("transition");

    @Test
    void registeringRaisesTheEventsAtOnceAndAScanTheSameDayRaisesNothingAgain() {
        // Eighteen in five months: the adult-services transition is inside both lead times.
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(Map.of(
                "givenName", CHILD, "familyName", "Hughes",
                "dateOfBirth", TODAY.minusYears(18).plusMonths(5).toString(),
                "setting", "POST_16", "ehcPlan", false, "socialCareInvolved", false))
                .post("/api/children").then().statusCode(201);

        String child = database.text("SELECT id::text FROM child WHERE given_name = ?", CHILD);
        long raised = database.number("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", child);
        assertThat(raised).isPositive();

        assertThat(scan.scan(TODAY)).as("the daily scan finds nothing new the same day").isZero();
        assertThat(database.number("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", child))
                .isEqualTo(raised);
    }
}
