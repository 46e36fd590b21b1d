package uk.send.transition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import uk.send.testservers.Database;
import uk.send.testservers.Tokens;
import uk.send.transition.scan.TransitionScan;

/** A scan raises a child's events; {@link ScanRestartStep2Test} scans again in a restarted application. */
@QuarkusTest
@TestProfile(ScanRestartStep1Test.Step1BeforeRestart.class)
class ScanRestartStep1Test {

    static final String CHILD = "Restart-probe";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    // Quarkus runs test classes grouped by profile; the names keep Step1 before Step2.
    public static class Step1BeforeRestart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("transition.lead-times-months", "12,6");
        }
    }

    /** The same configuration, in a freshly started application. */
    public static class Step2AfterRestart implements QuarkusTestProfile {
    }

    @Inject
    TransitionScan scan;

    private final Database database = new Database("transition");

    @Test
    void registeringTheChildRaisesItsEventsAtOnce() {
        // Eighteen in five months: the adult-services transition is inside both lead times.
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(Map.of(
                "givenName", CHILD, "familyName", "Hughes",
                "dateOfBirth", TODAY.minusYears(18).plusMonths(5).toString(),
                "setting", "POST_16", "ehcPlan", false, "socialCareInvolved", false))
                .post("/api/children").then().statusCode(201);

        String child = database.text("SELECT id::text FROM child WHERE given_name = ?", CHILD);
        assertThat(database.number("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", child)).isPositive();
        assertThat(scan.scan(TODAY)).as("the daily scan finds nothing new the same day").isZero();
    }
}
