package uk.send.transition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.testservers.SubmittedReferral;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.NhsNumbers;
import uk.send.testservers.Tokens;

/** A case worker corrects a child's record: the timeline follows, every change is audited, bad input changes nothing. */
@QuarkusTest
class ChildCorrectionTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final Database database = new Database("transition");

    @Test
    void aChildLearnedFromAReferralIsListedToConfirmUntilACaseWorkerCorrectsAndConfirmsTheirRecord() {
        UUID referral = UUID.randomUUID();
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(referral.toString(), SubmittedReferral.of(referral)
                    .withChild(new ReferralSubmitted.Child("Kai", "Osei", TODAY.minusYears(12).minusMonths(2),
                            NhsNumbers.any(), null, null))
                    .withReason("Speech unclear").event());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number(
                "SELECT count(*) FROM child_referral WHERE referral_id = ?", referral) == 1);
        String child = database.text("SELECT child_id::text FROM child_referral WHERE referral_id = ?", referral);

        given().auth().oauth2(Tokens.caseworker()).get("/api/children?detailsToConfirm=true").then().statusCode(200)
                .body("childId", hasItem(child));
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(Map.of("urn", "140001", "name", "The Bridge Learning Centre"))
                .post("/api/schools").then().statusCode(201);

        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(Map.of("setting", "ALTERNATIVE_PROVISION", "schoolUrn", "140001", "ehcPlan", true,
                        "ehcPlanIssuedOn", TODAY.minusYears(2).toString(), "socialCareInvolved", true,
                        "detailsConfirmed", true))
                .patch("/api/children/{id}", child).then().statusCode(200)
                .body("setting", equalTo("ALTERNATIVE_PROVISION"))
                .body("schoolUrn", equalTo("140001"))
                .body("detailsConfirmed", equalTo(true))
                .body("transitions.find { it.transition == 'POST_16' }.statutory", equalTo(true));

        given().auth().oauth2(Tokens.caseworker()).get("/api/children?detailsToConfirm=true").then().statusCode(200)
                .body("childId.findAll { it == '" + child + "' }.size()", equalTo(0));
        assertThat(database.number("SELECT count(*) FROM child_correction WHERE child_id = ?::uuid", child))
                .as("setting, school, plan, issue date, social care, confirmed").isEqualTo(6);
        assertThat(database.text("SELECT changed_by FROM child_correction WHERE child_id = ?::uuid LIMIT 1", child))
                .isEqualTo("caseworker");
        given().auth().oauth2(Tokens.caseworker()).get("/api/audit?childId={id}", child).then().statusCode(200)
                .body("accesses.what", hasItem("child record corrected"));
    }

    @Test
    void aThreeTierAreaAndAPost16MoveChangeTheTimeline() {
        String child = register("Esme", TODAY.minusYears(16).minusMonths(5));

        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(Map.of("threeTier", Map.of("middleSchoolFrom", 5, "upperSchoolFrom", 9), "ehcPlan", true,
                        "post16MoveOn", TODAY.plusMonths(10).toString()))
                .patch("/api/children/{id}", child).then().statusCode(200)
                .body("transitions.transition", hasItems("MIDDLE_SCHOOL", "SECONDARY_SCHOOL",
                        "POST_16_INSTITUTION"))
                .body("transitions.find { it.transition == 'POST_16_INSTITUTION' }.reviewDeadline",
                        equalTo(TODAY.plusMonths(10).minusMonths(5).toString()));
    }

    @Test
    void badCorrectionsNameEachFieldAndChangeNothing() {
        String child = register("Ravi", TODAY.minusYears(9));
        Map<String, Object> body = new HashMap<>();
        body.put("yearGroup", 11);
        body.put("schoolUrn", "999999");
        body.put("ehcPlanIssuedOn", TODAY.plusDays(1).toString());
        body.put("favouriteColour", "blue");
        body.put("setting", "HOME");
        body.put("threeTier", Map.of("middleSchoolFrom", 8, "upperSchoolFrom", 9));

        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(body)
                .patch("/api/children/{id}", child).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("yearGroup", "schoolUrn", "ehcPlanIssuedOn", "favouriteColour",
                        "setting", "threeTier"));

        assertThat(database.number("SELECT count(*) FROM child_correction WHERE child_id = ?::uuid", child)).isZero();
        assertThat(database.text("SELECT setting FROM child WHERE id = ?::uuid", child)).isEqualTo("MAINSTREAM");
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body("{}")
                .patch("/api/children/{id}", child).then().statusCode(400);
        given().auth().oauth2(Tokens.clinician("CAMHS")).contentType(ContentType.JSON)
                .body(Map.of("setting", "SPECIAL")).patch("/api/children/{id}", child).then().statusCode(403);
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(Map.of("setting", "SPECIAL"))
                .patch("/api/children/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theFiguresCountEachSettingAlternativeProvisionIncluded() {
        // In Year 6 with an EHC plan and no review held: the move to secondary school is due or at risk now.
        int transferYear = TODAY.getMonthValue() >= 9 ? TODAY.getYear() + 1 : TODAY.getYear();
        String child = register("Zara", LocalDate.of(transferYear - 11, 1, 15));
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(Map.of("setting", "ALTERNATIVE_PROVISION", "ehcPlan", true))
                .patch("/api/children/{id}", child).then().statusCode(200);

        List<Map<String, Object>> figures = given().auth().oauth2(Tokens.caseworker())
                .get("/api/transitions/figures").then().statusCode(200).extract().jsonPath().getList("");
        Map<String, Object> ap = figures.stream().filter(f -> "ALTERNATIVE_PROVISION".equals(f.get("setting")))
                .findFirst().orElseThrow();
        assertThat((Integer) ap.get("due") + (Integer) ap.get("atRisk") + (Integer) ap.get("overdue"))
                .isPositive();
        given().auth().oauth2(Tokens.caseworker()).get("/api/transitions/upcoming?within=P12M").then()
                .statusCode(200).body("find { it.childId == '" + child + "' }.setting",
                        equalTo("ALTERNATIVE_PROVISION"));
    }

    private static String register(String name, LocalDate dateOfBirth) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", name);
        body.put("familyName", "Shah");
        body.put("dateOfBirth", dateOfBirth.toString());
        body.put("setting", "MAINSTREAM");
        body.put("schoolUrn", "100001");
        body.put("ehcPlan", false);
        body.put("socialCareInvolved", false);
        return given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(body)
                .post("/api/children").then().statusCode(201).extract().path("childId");
    }
}
