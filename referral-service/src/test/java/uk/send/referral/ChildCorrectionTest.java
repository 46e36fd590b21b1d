package uk.send.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.send.testservers.Tokens;

/**
 * A rectification: the referred child's details corrected by a case worker (or the school that made the referral),
 * announced whole to the other services, each changed field kept with what it said, on whose request, by whom.
 */
@QuarkusTest
class ChildCorrectionTest {

    private static final String OAKFIELD = "100001";

    @Inject
    Rows rows;

    @Test
    void aCaseWorkerCorrectsAMisspeltNameAndAWrongDateOfBirthAndEveryCopyIsToldOnce() {
        UUID id = submitted(ReferralRequests.valid(OAKFIELD));
        Map<String, Object> child = child(id);
        String wrongBirthday = (String) child.get("dateOfBirth");
        LocalDate rightBirthday = LocalDate.parse(wrongBirthday).minusMonths(5);
        child.put("givenName", "Amarah");
        child.put("dateOfBirth", rightBirthday.toString());

        correct(Tokens.caseworker(), id, Map.of("child", child, "requestReference", "IG-2026/0107")).statusCode(200)
                .body("child.givenName", equalTo("Amarah"))
                .body("child.dateOfBirth", equalTo(rightBirthday.toString()));

        assertThat(rows.events(id, "referral.child-corrected")).singleElement().satisfies(event ->
                assertThat(event).contains("\"givenName\": \"Amarah\"", rightBirthday.toString()));
        given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}/child/corrections", id).then()
                .statusCode(200)
                .body("field", contains("givenName", "dateOfBirth"))
                .body("was", contains("Amara", wrongBirthday))
                .body("nowIs", contains("Amarah", rightBirthday.toString()))
                .body("requestReference", contains("IG-2026/0107", "IG-2026/0107"))
                .body("by", contains("caseworker", "caseworker"));
        assertThat(rows.count("record_access", "referral_id = ?1 AND action = 'child''s details corrected'", id))
                .isEqualTo(1);

        // The same details again change nothing and tell no one.
        correct(Tokens.caseworker(), id, Map.of("child", child)).statusCode(200);
        assertThat(rows.events(id, "referral.child-corrected")).hasSize(1);
        assertThat(rows.count("child_correction", "referral_id = ?1", id)).isEqualTo(2);
    }

    @Test
    void theSchoolThatReferredCorrectsItsOwnTypoAndNoOtherCallerMay() {
        UUID id = submitted(ReferralRequests.valid(OAKFIELD));
        Map<String, Object> child = child(id);
        child.put("familyName", "Jonas");

        correct(Tokens.senco("100002"), id, Map.of("child", child)).statusCode(404);
        correct(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY"), id, Map.of("child", child)).statusCode(403);
        correct(Tokens.family("grace.jones@example.org"), id, Map.of("child", child)).statusCode(403);
        assertThat(rows.events(id, "referral.child-corrected")).isEmpty();

        correct(Tokens.senco(OAKFIELD), id, Map.of("child", child)).statusCode(200)
                .body("child.familyName", equalTo("Jonas"));
        given().auth().oauth2(Tokens.senco(OAKFIELD)).get("/api/referrals/{id}/child/corrections", id).then()
                .statusCode(403);
        given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}/child/corrections", UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void aBadCorrectionIsRefusedNamingTheFieldAndChangesNothing() {
        Map<String, Object> body = ReferralRequests.valid(OAKFIELD, "CAMHS", "yp-" + UUID.randomUUID()
                + "@example.org");
        ReferralRequests.child(body).put("dateOfBirth", LocalDate.now().minusYears(17).toString());
        ReferralRequests.firstContact(body).put("youngPerson", true);
        UUID id = submitted(body);
        Map<String, Object> child = child(id);

        Map<String, Object> badNhsNumber = new HashMap<>(child);
        badNhsNumber.put("nhsNumber", "9434765918");
        correct(Tokens.caseworker(), id, Map.of("child", badNhsNumber)).statusCode(400)
                .body("violations.field", hasItem("child.nhsNumber"));
        Map<String, Object> tooYoung = new HashMap<>(child);
        tooYoung.put("dateOfBirth", LocalDate.now().minusYears(12).toString());
        correct(Tokens.caseworker(), id, Map.of("child", tooYoung)).statusCode(400)
                .body("violations.field", contains("child.dateOfBirth"));
        correct(Tokens.caseworker(), id, Map.of("child", child, "requestReference", "<b>")).statusCode(400)
                .body("violations.field", hasItem("requestReference"));

        assertThat(rows.events(id, "referral.child-corrected")).isEmpty();
        assertThat(rows.count("child_correction", "referral_id = ?1", id)).isZero();
        assertThat(child(id)).isEqualTo(child);
    }

    private UUID submitted(Map<String, Object> body) {
        return UUID.fromString(given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .body(body).post("/api/referrals").then().statusCode(201).extract().path("id"));
    }

    /** The child as the staff view shows them, ready to send back corrected. */
    private static Map<String, Object> child(UUID id) {
        Map<String, Object> shown = given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}", id).then()
                .statusCode(200).extract().path("child");
        Map<String, Object> child = new HashMap<>(shown);
        child.values().removeIf(value -> value == null);
        return child;
    }

    private static ValidatableResponse correct(String token, UUID id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .patch("/api/referrals/{id}/child", id).then();
    }
}
