package uk.send.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.send.testservers.Database;
import uk.send.testservers.Tokens;

@QuarkusTest
class ReferralApiTest {

    private static final String OAKFIELD = "100001";
    private static final String RIVERSIDE = "100002";

    @Inject
    Rows rows;

    private final Database database = new Database("referral");

    @Test
    void aSencoSubmitsAReferralForTheirSchool() {
        var created = submit(Tokens.senco(OAKFIELD), ReferralRequests.valid(OAKFIELD), null)
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/referrals/" + id);
        given().auth().oauth2(Tokens.senco(OAKFIELD)).get("/api/referrals/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("fhir.serviceRequest", equalTo("active"))
                .body("fhir.task", equalTo("requested"))
                .body("child.nhsNumber", equalTo("9434765919"))
                .body("familyContacts[0].preferredChannel", equalTo("EMAIL"))
                .body("timeline.status", equalTo(List.of("SUBMITTED")))
                .body("timeline[0].by", equalTo("senco.100001"));
    }

    @Test
    void aCaseWorkerCarriesAReferralOverFromThePreviousSystemKeepingTheDayItWasReceived() {
        Instant received = Instant.now().minus(140, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String reference = "LEGACY-" + UUID.randomUUID();
        Map<String, Object> migration = Map.of("referral", ReferralRequests.valid(RIVERSIDE),
                "receivedAt", received.toString(), "previousReference", reference);

        String id = migrate(Tokens.caseworker(), migration).statusCode(201)
                .body("submittedAt", equalTo(received.toString()))
                .extract().path("id");
        assertThat(migrate(Tokens.caseworker(), migration).statusCode(200).extract().<String>path("id"))
                .as("carrying the same referral over again changes nothing").isEqualTo(id);

        migrate(Tokens.senco(RIVERSIDE), migration).statusCode(403);
        migrate(Tokens.caseworker(), Map.of("referral", ReferralRequests.valid(RIVERSIDE),
                "receivedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString(), "previousReference", "LEGACY-2"))
                .statusCode(400).body("violations.field", hasItem("receivedAt"));
        migrate(Tokens.caseworker(), Map.of("referral", ReferralRequests.valid(RIVERSIDE),
                "receivedAt", Instant.now().minus(4 * 366, ChronoUnit.DAYS).toString(), "previousReference", "LEGACY-3"))
                .statusCode(400).body("violations.field", hasItem("receivedAtRecent"));
    }

    private static ValidatableResponse migrate(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/referrals/migrated").then();
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReturnsTheSameReferral() {
        Map<String, Object> body = ReferralRequests.valid(OAKFIELD);
        String key = UUID.randomUUID().toString();
        long before = rows.count("referral");

        String first = submit(Tokens.senco(OAKFIELD), body, key).statusCode(201).extract().path("id");
        String second = submit(Tokens.senco(OAKFIELD), body, key).statusCode(200).extract().path("id");

        assertThat(second).isEqualTo(first);
        assertThat(rows.count("referral")).isEqualTo(before + 1);
        assertThat(rows.count("outbox_event", "aggregate_id = ?1 AND event_type = 'referral.submitted'", first))
                .isEqualTo(1);
        assertThat(rows.count("outbox_event", "aggregate_id = ?1 AND event_type = 'referral.family-invited'", first))
                .as("one invitation for the one family contact").isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        submit(Tokens.senco(OAKFIELD), ReferralRequests.valid(OAKFIELD), key).statusCode(201);
        Map<String, Object> different = ReferralRequests.valid(OAKFIELD);
        different.put("reason", "Something else entirely");
        long before = rows.count("referral");

        submit(Tokens.senco(OAKFIELD), different, key)
                .statusCode(422)
                .contentType("application/problem+json");

        assertThat(rows.count("referral")).isEqualTo(before);
    }

    @Test
    void aSencoCannotReferForAnotherSchool() {
        long before = rows.count("referral");

        submit(Tokens.senco(RIVERSIDE), ReferralRequests.valid(OAKFIELD), null)
                .statusCode(403)
                .contentType("application/problem+json");

        assertThat(rows.count("referral")).isEqualTo(before);
    }

    @Test
    void onlySencosSubmit() {
        submit(null, ReferralRequests.valid(OAKFIELD), null).statusCode(401);
        submit(Tokens.caseworker(), ReferralRequests.valid(OAKFIELD), null).statusCode(403);
        submit(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY"), ReferralRequests.valid(OAKFIELD), null)
                .statusCode(403);
        submit(Tokens.family("grace.jones@example.org"), ReferralRequests.valid(OAKFIELD), null).statusCode(403);
    }

    @Test
    void theStaffViewIsVisibleToItsSchoolServiceAndCaseWorkersAndToNobodyElse() {
        String family = "parent-" + UUID.randomUUID() + "@example.org";
        String id = submit(Tokens.senco(OAKFIELD), ReferralRequests.valid(OAKFIELD, "CAMHS", family), null)
                .statusCode(201).extract().path("id");

        for (String token : List.of(Tokens.senco(OAKFIELD), Tokens.clinician("CAMHS"), Tokens.caseworker())) {
            given().auth().oauth2(token).get("/api/referrals/{id}", id).then().statusCode(200);
        }
        // A family has a view of its own, and never the staff view, even of its own child's referral.
        given().auth().oauth2(Tokens.family(family)).get("/api/referrals/{id}", id).then().statusCode(403);
        for (String token : List.of(Tokens.senco(RIVERSIDE), Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY"),
                Tokens.family("someone.else@example.org"),
                Tokens.withRoles("nobody", List.of("senco"), Map.of()),
                Tokens.withRoles("stranger", List.of("guest"), Map.of()))) {
            int status = given().auth().oauth2(token).get("/api/referrals/{id}", id).then().extract().statusCode();
            assertThat(status).as("a caller outside the referral's scope").isIn(403, 404);
        }
        given().auth().oauth2(Tokens.senco(RIVERSIDE)).get("/api/referrals/{id}", id)
                .then().statusCode(404).body(not(org.hamcrest.Matchers.containsString("Amara")));
        given().auth().oauth2(Tokens.senco(RIVERSIDE)).get("/api/referrals/{id}", UUID.randomUUID())
                .then().statusCode(404);
        given().get("/api/referrals/{id}", id).then().statusCode(401);
    }

    @Test
    void everyReadOfAChildsRecordIsAudited() {
        String id = submit(Tokens.senco(OAKFIELD), ReferralRequests.valid(OAKFIELD), null)
                .statusCode(201).extract().path("id");
        UUID referral = UUID.fromString(id);

        given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}", id).then().statusCode(200);
        given().auth().oauth2(Tokens.senco(RIVERSIDE)).get("/api/referrals/{id}", id).then().statusCode(404);

        assertThat(rows.count("record_access", "referral_id = ?1 AND action = 'referral'", referral)).isEqualTo(1);
        assertThat(rows.count("record_access", "referral_id = ?1 AND action = 'referral submitted'", referral))
                .isEqualTo(1);

        given().auth().oauth2(Tokens.caseworker()).get("/api/audit?referralId={id}", id).then().statusCode(200)
                .body("accesses.who", org.hamcrest.Matchers.contains("caseworker", "senco.100001"))
                .body("accesses.what", org.hamcrest.Matchers.contains("referral", "referral submitted"))
                .body("accesses[0].role", equalTo("caseworker"))
                .body("accesses[0].from", equalTo("127.0.0.1"));
        for (String notCaseworker : List.of(Tokens.senco(OAKFIELD), Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY"),
                Tokens.family("grace.jones@example.org"))) {
            given().auth().oauth2(notCaseworker).get("/api/audit?referralId={id}", id).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.caseworker()).get("/api/audit").then().statusCode(400);
    }

    @Test
    void theAuditCannotBeChangedOrDeletedByTheApplication() {
        String id = submit(Tokens.senco(OAKFIELD), ReferralRequests.valid(OAKFIELD), null)
                .statusCode(201).extract().path("id");
        UUID referral = UUID.fromString(id);

        // Refused twice over: the application's role was never granted it, and a trigger refuses any role at all.
        assertThatThrownBy(() -> rows.update("UPDATE record_access SET accessed_by = 'nobody' WHERE referral_id = ?1",
                referral)).hasStackTraceContaining("permission denied for table record_access");
        assertThatThrownBy(() -> rows.update("DELETE FROM record_access WHERE referral_id = ?1", referral))
                .hasStackTraceContaining("permission denied for table record_access");
        assertThatThrownBy(() -> database.update("DELETE FROM record_access WHERE referral_id = ?", referral))
                .as("even the owner").hasStackTraceContaining("append-only");
        assertThat(rows.count("record_access", "referral_id = ?1 AND accessed_by = 'senco.100001'", referral))
                .isEqualTo(1);
    }

    @Test
    void theListIsScopedAndFiltered() {
        String family = "list-" + UUID.randomUUID() + "@example.org";
        String camhs = submit(Tokens.senco(RIVERSIDE), ReferralRequests.valid(RIVERSIDE, "CAMHS", family), null)
                .statusCode(201).extract().path("id");
        String physio = submit(Tokens.senco(RIVERSIDE), ReferralRequests.valid(RIVERSIDE, "PHYSIOTHERAPY", family),
                null).statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.family(family)).get("/api/referrals").then().statusCode(403);
        given().auth().oauth2(Tokens.caseworker()).get("/api/referrals?service=PHYSIOTHERAPY&size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(physio)).body("items.id", not(hasItem(camhs)))
                .body("totalItemsExact", equalTo(true));
        given().auth().oauth2(Tokens.senco(OAKFIELD)).get("/api/referrals?size=100")
                .then().statusCode(200).body("items.id", not(hasItem(camhs)));
        given().auth().oauth2(Tokens.clinician("PHYSIOTHERAPY")).get("/api/referrals?size=100")
                .then().statusCode(200).body("items.id", hasItem(physio)).body("items.id", not(hasItem(camhs)));
        given().auth().oauth2(Tokens.caseworker()).get("/api/referrals?service=CAMHS&status=SUBMITTED&size=100")
                .then().statusCode(200).body("items.id", hasItem(camhs)).body("items.id", not(hasItem(physio)));
        given().auth().oauth2(Tokens.caseworker()).get("/api/referrals?status=LOST")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("status"));
        given().auth().oauth2(Tokens.caseworker()).get("/api/referrals?size=1000")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void aSencoWithdrawsAReferralAndItClosesOnce() {
        String id = submit(Tokens.senco(OAKFIELD), ReferralRequests.valid(OAKFIELD), null)
                .statusCode(201).extract().path("id");

        withdraw(Tokens.senco(RIVERSIDE), id, "Not ours").statusCode(404);
        withdraw(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY"), id, "Not allowed").statusCode(403);
        withdraw(Tokens.senco(OAKFIELD), id, " ").statusCode(400).body("violations[0].field", equalTo("reason"));
        withdraw(Tokens.senco(OAKFIELD), id, "The family has moved away")
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closureReason", equalTo("WITHDRAWN"))
                .body("fhir.serviceRequest", equalTo("revoked"))
                .body("timeline[1].reason", equalTo("The family has moved away"));
        withdraw(Tokens.caseworker(), id, "Again").statusCode(409).contentType("application/problem+json");
    }

    private static ValidatableResponse submit(String token, Map<String, Object> body, String idempotencyKey) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/referrals").then();
    }

    private static ValidatableResponse withdraw(String token, String id, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/referrals/{id}/withdraw", id).then();
    }
}
