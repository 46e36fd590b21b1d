package uk.send.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import uk.send.testservers.Tokens;

/**
 * The FHIR view over HTTP: the same roles and scopes as the staff view, every read recorded, refusals as FHIR
 * OperationOutcomes, and the search of referrals changed since a day, paged by Bundle.link.
 */
@QuarkusTest
class FhirResourceTest {

    private static final String OAKFIELD = "100001";
    private static final String RIVERSIDE = "100002";
    private static final String FHIR_JSON = "application/fhir+json";

    @Inject
    Rows rows;

    private static String submit(String urn) {
        return given().auth().oauth2(Tokens.senco(urn)).contentType(ContentType.JSON)
                .body(ReferralRequests.valid(urn)).post("/api/referrals").then().statusCode(201).extract().path("id");
    }

    private static JsonPath read(String token, String path, Object id) {
        return given().auth().oauth2(token).get(path, id).then().statusCode(200).contentType(FHIR_JSON).extract()
                .jsonPath();
    }

    @Test
    void theSchoolReadsItsRequestTheTaskAndTheWholeReferral() {
        String id = submit(OAKFIELD);
        String senco = Tokens.senco(OAKFIELD);
        String reference = given().auth().oauth2(senco).get("/api/referrals/{id}", id).then().extract()
                .path("reference");

        JsonPath request = read(senco, "/fhir/ServiceRequest/{id}", id);
        assertThat(request.getString("resourceType")).isEqualTo("ServiceRequest");
        assertThat(request.getString("status")).isEqualTo("active");
        assertThat(request.getString("intent")).isEqualTo("order");
        assertThat(request.getString("subject.reference")).isEqualTo("Patient/" + id);
        assertThat(request.getString("identifier[0].value")).isEqualTo(reference);
        assertThat(request.getList("meta.profile", String.class))
                .containsExactly("https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest");

        JsonPath task = read(senco, "/fhir/Task/{id}", id);
        assertThat(task.getString("status")).isEqualTo("requested");
        assertThat(task.getString("businessStatus.coding[0].code")).isEqualTo("submitted");
        assertThat(task.getString("focus.reference")).isEqualTo("ServiceRequest/" + id);

        String bundle = given().auth().oauth2(Tokens.caseworker()).get("/fhir/Bundle/{id}", id).then()
                .statusCode(200).contentType(FHIR_JSON)
                .body("type", equalTo("collection"))
                .body("entry.resource.resourceType", hasItems("ServiceRequest", "Task", "Patient", "RelatedPerson",
                        "Organization", "Provenance"))
                .body(containsString("https://fhir.nhs.uk/Id/nhs-number"))
                .extract().asString();
        assertThat(bundle).as("the Unique Pupil Number stays in education").doesNotContain("B801200005001");
        assertThat(rows.count("record_access", "referral_id = ?1 AND action = 'FHIR Bundle'", java.util.UUID
                .fromString(id))).isEqualTo(1);
    }

    @Test
    void outOfScopeUnknownAndRefusedReadsAreOperationOutcomes() {
        String id = submit(OAKFIELD);

        given().auth().oauth2(Tokens.senco(RIVERSIDE)).get("/fhir/ServiceRequest/{id}", id).then().statusCode(404)
                .contentType(FHIR_JSON).body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("not-found"));
        given().auth().oauth2(Tokens.clinician("CAMHS")).get("/fhir/Task/{id}", id).then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
        given().auth().oauth2(Tokens.caseworker()).get("/fhir/Bundle/{id}", "not-an-id").then().statusCode(404)
                .body("issue[0].code", equalTo("not-found"));
        given().auth().oauth2(Tokens.family("grace.jones@example.org")).get("/fhir/Bundle/{id}", id).then()
                .statusCode(403).contentType(FHIR_JSON).body("issue[0].code", equalTo("forbidden"));
        given().get("/fhir/ServiceRequest/{id}", id).then().statusCode(401)
                .body("resourceType", equalTo("OperationOutcome"));
        assertThat(rows.count("record_access", "referral_id = ?1 AND action LIKE 'FHIR%'",
                UUID.fromString(id))).as("no refused read shows the referral").isZero();
    }

    @Test
    void theSearchPagesThroughTheReferralsChangedSinceInTheCallersScope() {
        Instant since = Instant.now().minusMillis(1);
        List<String> ids = List.of(submit(RIVERSIDE), submit(RIVERSIDE), submit(RIVERSIDE));
        submit(OAKFIELD);
        String senco = Tokens.senco(RIVERSIDE);

        JsonPath first = given().auth().oauth2(senco).queryParams(Map.of("_lastUpdated", "ge" + since, "_count", 2))
                .get("/fhir/ServiceRequest").then().statusCode(200).contentType(FHIR_JSON).extract().jsonPath();
        assertThat(first.getString("type")).isEqualTo("searchset");
        assertThat(first.getList("entry.resource.id", String.class)).containsExactlyElementsOf(ids.subList(0, 2));
        String next = first.getString("link.find { it.relation == 'next' }.url");
        assertThat(next).contains("_offset=2");

        JsonPath second = given().auth().oauth2(senco).get(next).then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("entry.resource.id", String.class)).containsExactly(ids.get(2));
        assertThat(second.getList("link.relation", String.class)).containsExactly("self");

        given().auth().oauth2(senco).queryParam("_lastUpdated", "since yesterday").get("/fhir/ServiceRequest").then()
                .statusCode(400).contentType(FHIR_JSON).body("issue[0].code", equalTo("invalid"))
                .body("issue[0].diagnostics", not(containsString("yesterday")));
        assertThat(rows.count("record_access", "referral_id = ?1 AND action = 'FHIR search'",
                UUID.fromString(ids.get(2)))).isEqualTo(1);
    }
}
