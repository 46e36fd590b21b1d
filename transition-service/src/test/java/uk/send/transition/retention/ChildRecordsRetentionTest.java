package uk.send.transition.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.send.testservers.Database;
import uk.send.testservers.Tokens;

/**
 * A child's records here are destroyed once kept until their 31st birthday (SEN files and EHC plans: date of birth
 * plus 31 years) and no referral of theirs is left; the register keeps the destruction, naming no one.
 */
@QuarkusTest
class ChildRecordsRetentionTest {

    private final Database database = new Database("transition");

    @Inject
    ChildRecordsRetention retention;

    @Test
    void aChildsRecordsGoTheDayAfterTheir31stBirthdayUnlessAReferralOfTheirsIsStillKept() {
        LocalDate today = LocalDate.now();
        String past = registered(today.minusYears(31).minusDays(1));
        String lastDay = registered(today.minusYears(31));
        String referred = registered(today.minusYears(40));
        database.update("INSERT INTO child_referral (referral_id, child_id, service, open) "
                + "VALUES (?, ?::uuid, 'CAMHS', false)", UUID.randomUUID(), referred);
        // A plan for a move, and a correction: the child's record beyond the child row.
        database.update("INSERT INTO transition_plan (child_id, transition, updated_at) "
                + "VALUES (?::uuid, 'SECONDARY_SCHOOL', now())", past);
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(Map.of("socialCareInvolved", true)).patch("/api/children/{id}", past).then().statusCode(200);

        retention.runFor(today);

        assertThat(count("child WHERE id = ?::uuid", past)).isZero();
        assertThat(count("transition_plan WHERE child_id = ?::uuid", past)).isZero();
        assertThat(count("child_correction WHERE child_id = ?::uuid", past)).isZero();
        assertThat(count("outbox_event WHERE aggregate_id = ? AND event_type <> 'transition.child-records-destroyed'",
                past)).isZero();
        assertThat(count("outbox_event WHERE aggregate_id = ? AND event_type = 'transition.child-records-destroyed'",
                past)).isEqualTo(1);
        assertThat(count("destroyed_child_record WHERE child_id = ?::uuid AND kept_until = ?",
                past, today.minusDays(1))).isEqualTo(1);
        given().auth().oauth2(Tokens.caseworker()).get("/api/children/{id}/transitions", past).then().statusCode(404);
        assertThat(count("child WHERE id = ?::uuid", lastDay)).isEqualTo(1);
        assertThat(count("child WHERE id = ?::uuid", referred)).isEqualTo(1);

        retention.runFor(today.plusDays(1));
        assertThat(count("child WHERE id = ?::uuid", lastDay)).isZero();
        assertThat(count("destroyed_child_record WHERE child_id = ?::uuid", past)).isEqualTo(1);
    }

    /** A child registered by a case worker, then given the date of birth the test is about. */
    private String registered(LocalDate born) {
        String id = given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Ivy", "familyName", "Marsh",
                        "dateOfBirth", LocalDate.now().minusYears(14).toString(), "setting", "MAINSTREAM",
                        "ehcPlan", false, "socialCareInvolved", false))
                .post("/api/children").then().statusCode(201).extract().path("childId");
        database.update("UPDATE child SET date_of_birth = ? WHERE id = ?::uuid", born, id);
        return id;
    }

    private long count(String fromWhere, Object... parameters) {
        return database.number("SELECT count(*) FROM " + fromWhere, parameters);
    }
}
