package uk.send.transition.ehc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.referral.ReferralEhcAssessmentRequested;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.triage.TriageAdviceReturned;
import uk.send.identifiers.England;
import uk.send.testservers.SubmittedReferral;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.NhsNumbers;
import uk.send.testservers.Tokens;

/**
 * The EHC plan process through the API on the real servers: a school's request, the case worker's steps, health
 * advice returned from the portal, exceptions, reminders before the limits, annual reviews; and every refusal
 * storing and publishing nothing.
 */
@QuarkusTest
class EhcProcessTest {

    private static final LocalDate TODAY = England.today();

    private final Database database = new Database("transition");

    @Test
    void aSchoolsRequestRunsToAFinalPlanWithTheFamilyAndSchoolToldAtEachStep() {
        String nhsNumber = NhsNumbers.any();
        String id = senco("100001").body(requestFor(nhsNumber)).post("/api/ehc/assessment-requests").then()
                .statusCode(201)
                .body("reference", matchesPattern("EHC-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"))
                .body("state", equalTo("REQUESTED"))
                .body("limits.find { it.limit == 'DECISION_TO_ASSESS' }.dueOn",
                        equalTo(TODAY.plusWeeks(6).toString()))
                .body("limits.find { it.limit == 'FINAL_PLAN' }.dueOn", equalTo(TODAY.plusWeeks(20).toString()))
                .extract().path("id");
        String reference = database.text("SELECT reference FROM ehc_assessment WHERE id = ?::uuid", id);

        // Asked again (a retry): the same assessment, nothing new published.
        senco("100001").body(requestFor(nhsNumber)).post("/api/ehc/assessment-requests").then().statusCode(200)
                .body("id", equalTo(id));
        assertThat(steps(id)).isEqualTo(1);

        caseworker().body(Map.of("assess", true, "decidedOn", TODAY.toString()))
                .post("/api/ehc/assessments/{id}/decision", reference).then().statusCode(200)
                .body("state", equalTo("ASSESSING"))
                .body("limits.find { it.limit == 'DECISION_TO_ASSESS' }.status", equalTo("MET_ON_TIME"));
        caseworker().body(Map.of("kind", "HEALTH", "service", "SPEECH_AND_LANGUAGE_THERAPY",
                "requestedOn", TODAY.toString()))
                .post("/api/ehc/assessments/{id}/advice-requests", id).then().statusCode(200)
                .body("advice[0].dueOn", equalTo(TODAY.plusWeeks(6).toString()));
        assertThat(database.number("SELECT count(*) FROM outbox_event WHERE event_type = 'ehc.advice-requested' "
                + "AND payload->>'assessmentId' = ?", id)).isEqualTo(1);

        String advice = database.text("SELECT id::text FROM ehc_advice_request WHERE assessment_id = ?::uuid", id);
        try (EventSender triage = new EventSender("/triage-service")) {
            triage.send(advice, new TriageAdviceReturned(UUID.fromString(advice), UUID.fromString(id),
                    ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, TODAY, true));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number(
                "SELECT count(*) FROM ehc_advice_request WHERE id = ?::uuid AND returned_on IS NOT NULL", advice) == 1);

        caseworker().body(Map.of("sentOn", TODAY.toString())).post("/api/ehc/assessments/{id}/draft", id).then()
                .statusCode(200).body("state", equalTo("DRAFT_SENT"))
                .body("commentsBy", equalTo(TODAY.plusDays(14).toString()))
                .body("advice[0].knownToService", equalTo(true));
        caseworker().body(Map.of("issuedOn", TODAY.toString())).post("/api/ehc/assessments/{id}/final-plan", id)
                .then().statusCode(200).body("state", equalTo("FINAL_ISSUED"))
                .body("limits.find { it.limit == 'FINAL_PLAN' }.status", equalTo("MET_ON_TIME"));

        assertThat(database.text("SELECT string_agg(payload->>'step', ',' ORDER BY seq) FROM outbox_event "
                + "WHERE event_type = 'ehc.assessment-updated' AND payload->>'assessmentId' = ?", id))
                .isEqualTo("REQUESTED,ASSESSING,DRAFT_SENT,FINAL_ISSUED");
        assertThat(database.text("SELECT payload->'recipients' FROM outbox_event WHERE event_type = "
                + "'ehc.assessment-updated' AND payload->>'assessmentId' = ? LIMIT 1", id))
                .contains("FAMILY").contains("SCHOOL");
        assertThat(database.number("SELECT count(*) FROM child c JOIN ehc_assessment a ON a.child_id = c.id "
                + "WHERE a.id = ?::uuid AND c.ehc_plan AND c.ehc_plan_issued_on = ?", id, TODAY)).isEqualTo(1);

        // The school sees its child's assessment; another school does not know it exists.
        given().auth().oauth2(Tokens.senco("100001")).get("/api/ehc/assessments/{id}", reference).then()
                .statusCode(200).body("state", equalTo("FINAL_ISSUED"));
        given().auth().oauth2(Tokens.senco("100002")).get("/api/ehc/assessments/{id}", reference).then()
                .statusCode(404);
    }

    @Test
    void aFamilysRequestFromTheFamilyViewStartsAnAssessmentForTheChildOfTheReferralOnce() {
        UUID referral = UUID.randomUUID();
        Instant asked = Instant.now();
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(referral.toString(), SubmittedReferral.of(referral).withReceivedAt(asked)
                    .withChild(new ReferralSubmitted.Child("Oren", "Blake", TODAY.minusYears(10), NhsNumbers.any(),
                            null, null))
                    .withReason("Speech unclear").event());
            referralService.send(referral.toString(), new ReferralEhcAssessmentRequested(referral, false, asked));
            referralService.send(referral.toString(), new ReferralEhcAssessmentRequested(referral, false, asked));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number("SELECT count(*) FROM ehc_assessment a "
                + "JOIN child_referral r ON r.child_id = a.child_id WHERE r.referral_id = ?", referral) == 1
                && database.number("SELECT count(*) FROM processed_event WHERE event_type = "
                        + "'referral.ehc-assessment-requested'") >= 2);
        String id = database.text("SELECT a.id::text FROM ehc_assessment a JOIN child_referral r ON "
                + "r.child_id = a.child_id WHERE r.referral_id = ?", referral);
        assertThat(database.text("SELECT requested_by FROM ehc_assessment WHERE id = ?::uuid", id))
                .isEqualTo("PARENT");
        assertThat(steps(id)).isEqualTo(1);
        assertThat(database.text("SELECT payload->>'referralIds' FROM outbox_event WHERE event_type = "
                + "'ehc.assessment-updated' AND payload->>'assessmentId' = ?", id)).contains(referral.toString());
    }

    @Test
    void aSchoolCannotRequestAnAssessmentForAChildItDoesNotTeach() {
        String nhsNumber = NhsNumbers.any();
        senco("100001").body(requestFor(nhsNumber)).post("/api/ehc/assessment-requests").then().statusCode(201);
        long assessments = database.number("SELECT count(*) FROM ehc_assessment");
        long events = database.number("SELECT count(*) FROM outbox_event");

        senco("100002").body(requestFor(nhsNumber)).post("/api/ehc/assessment-requests").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.clinician("CAMHS")).contentType(ContentType.JSON).body(requestFor(nhsNumber))
                .post("/api/ehc/assessment-requests").then().statusCode(403);

        assertThat(database.number("SELECT count(*) FROM ehc_assessment")).isEqualTo(assessments);
        assertThat(database.number("SELECT count(*) FROM outbox_event")).isEqualTo(events);
    }

    @Test
    void stepsOutOfOrderOrNotAllowedNowAreRefusedNamingTheFieldOrTheStateAndStoreNothing() {
        String id = senco("100001").body(requestFor(NhsNumbers.any())).post("/api/ehc/assessment-requests").then()
                .statusCode(201).extract().path("id");
        long events = database.number("SELECT count(*) FROM outbox_event");

        caseworker().body(Map.of("assess", true, "decidedOn", TODAY.minusDays(1).toString()))
                .post("/api/ehc/assessments/{id}/decision", id).then().statusCode(400)
                .body("violations[0].field", equalTo("decidedOn"));
        caseworker().body(Map.of("issuedOn", TODAY.toString())).post("/api/ehc/assessments/{id}/final-plan", id)
                .then().statusCode(409).body("detail", matchesPattern(".*waiting for the decision.*"));
        caseworker().body(Map.of("assess", true, "decidedOn", TODAY.plusDays(1).toString()))
                .post("/api/ehc/assessments/{id}/decision", id).then().statusCode(400)
                .body("violations[0].field", equalTo("decidedOn"));
        caseworker().body(Map.of("assess", true, "decidedOn", TODAY.toString()))
                .post("/api/ehc/assessments/{id}/decision", id).then().statusCode(200);
        caseworker().body(Map.of("kind", "HEALTH", "service", "ADULT_MENTAL_HEALTH", "requestedOn", TODAY.toString()))
                .post("/api/ehc/assessments/{id}/advice-requests", id).then().statusCode(400)
                .body("violations[0].field", equalTo("service"));
        caseworker().body(Map.of("kind", "HEALTH", "requestedOn", TODAY.toString()))
                .post("/api/ehc/assessments/{id}/advice-requests", id).then().statusCode(400)
                .body("violations[0].field", equalTo("service"));
        caseworker().body(Map.of("kind", "HEALTH", "service", "MAGIC", "requestedOn", TODAY.toString()))
                .post("/api/ehc/assessments/{id}/advice-requests", id).then().statusCode(400);
        caseworker().body(Map.of("limit", "FINAL_PLAN", "reason", "MISSED_APPOINTMENT", "note", "Missed"))
                .post("/api/ehc/assessments/{id}/exceptions", id).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        caseworker().body(Map.of("limit", "FINAL_PLAN", "reason", "SCHOOL_CLOSED", "note", "Summer"))
                .post("/api/ehc/assessments/{id}/exceptions", id).then().statusCode(400)
                .body("violations[0].field", equalTo("closedFrom"));

        assertThat(database.number("SELECT count(*) FROM outbox_event")).as("only the decision").isEqualTo(events + 1);
        assertThat(database.number("SELECT count(*) FROM ehc_advice_request WHERE assessment_id = ?::uuid", id))
                .isZero();
        assertThat(database.number("SELECT count(*) FROM ehc_clock_exception WHERE assessment_id = ?::uuid", id))
                .isZero();
    }

    @Test
    void aLateAssessmentShowsAsLateWithItsExceptionApartAndTheCaseWorkerIsRemindedBeforeEachLimit() {
        String child = registerChild(null);
        // Recorded late: received 38 days ago, so the decision falls in 4 days: reminded now, before it.
        String id = caseworker().body(Map.of("childId", child, "requestedOn", TODAY.minusDays(38).toString(),
                "requestedBy", "PARENT")).post("/api/ehc/assessment-requests").then().statusCode(201)
                .extract().path("id");
        assertThat(database.number("SELECT count(*) FROM outbox_event WHERE event_type = 'ehc.deadline-approaching' "
                + "AND payload->>'assessmentId' = ? AND payload->>'limit' = 'DECISION_TO_ASSESS'", id)).isEqualTo(1);

        String old = caseworker().body(Map.of("childId", registerChild(null),
                "requestedOn", TODAY.minusWeeks(22).toString(), "requestedBy", "SCHOOL"))
                .post("/api/ehc/assessment-requests").then().statusCode(201).extract().path("id");
        caseworker().body(Map.of("assess", true, "decidedOn", TODAY.minusWeeks(15).toString()))
                .post("/api/ehc/assessments/{id}/decision", old).then().statusCode(200)
                .body("limits.find { it.limit == 'DECISION_TO_ASSESS' }.status", equalTo("MET_LATE"))
                .body("limits.find { it.limit == 'FINAL_PLAN' }.status", equalTo("LATE"));
        caseworker().body(Map.of("kind", "SOCIAL_CARE", "requestedOn", TODAY.minusWeeks(14).toString()))
                .post("/api/ehc/assessments/{id}/advice-requests", old).then().statusCode(200)
                .body("advice[0].late", equalTo(true));
        caseworker().body(Map.of("limit", "FINAL_PLAN", "reason", "PERSONAL_CIRCUMSTANCES",
                "note", "Family bereavement in week 12"))
                .post("/api/ehc/assessments/{id}/exceptions", old).then().statusCode(200)
                .body("limits.find { it.limit == 'FINAL_PLAN' }.status", equalTo("LATE"))
                .body("limits.find { it.limit == 'FINAL_PLAN' }.exception.reason",
                        equalTo("PERSONAL_CIRCUMSTANCES"));
        caseworker().get("/api/ehc/assessments").then().statusCode(200).body("id", hasItem(old));
    }

    @Test
    void aSchoolHolidayExceptionNeedsAdviceAskedOfTheSchoolInTheHoliday() {
        String id = caseworker().body(Map.of("childId", registerChild(null),
                "requestedOn", TODAY.minusWeeks(21).toString(), "requestedBy", "PARENT"))
                .post("/api/ehc/assessment-requests").then().statusCode(201).extract().path("id");
        caseworker().body(Map.of("assess", true, "decidedOn", TODAY.minusWeeks(17).toString()))
                .post("/api/ehc/assessments/{id}/decision", id).then().statusCode(200);
        caseworker().body(Map.of("kind", "SCHOOL", "requestedOn", TODAY.minusWeeks(16).toString()))
                .post("/api/ehc/assessments/{id}/advice-requests", id).then().statusCode(200);
        Map<String, Object> holiday = new HashMap<>(Map.of("limit", "FINAL_PLAN", "reason", "SCHOOL_CLOSED",
                "note", "Advice asked as the school closed for the holiday"));

        holiday.put("closedFrom", TODAY.minusWeeks(10).toString());
        holiday.put("reopensOn", TODAY.minusWeeks(4).toString());
        caseworker().body(holiday).post("/api/ehc/assessments/{id}/exceptions", id).then().statusCode(400)
                .body("violations[0].field", equalTo("closedFrom"));

        holiday.put("closedFrom", TODAY.minusWeeks(16).minusDays(3).toString());
        holiday.put("reopensOn", TODAY.minusWeeks(10).toString());
        caseworker().body(holiday).post("/api/ehc/assessments/{id}/exceptions", id).then().statusCode(200)
                .body("limits.find { it.limit == 'FINAL_PLAN' }.exception.reason", equalTo("SCHOOL_CLOSED"));
    }

    @Test
    void anAnnualReviewIsListedWhenDueAndRecordedThroughItsDecisionAndAmendedPlan() {
        String child = registerChild(TODAY.minusMonths(11));
        caseworker().get("/api/ehc/reviews").then().statusCode(200)
                .body("find { it.childId == '" + child + "' }.state", equalTo("DUE"))
                .body("find { it.childId == '" + child + "' }.dueOn", equalTo(TODAY.plusMonths(1).toString()));
        assertThat(database.number("SELECT count(*) FROM outbox_event WHERE event_type = 'ehc.review-due' "
                + "AND aggregate_id = ?", child)).as("told 8 weeks ahead, at registration").isEqualTo(1);

        String review = caseworker().body(Map.of("heldOn", TODAY.toString()))
                .post("/api/ehc/children/{id}/reviews", child).then().statusCode(201)
                .body("state", equalTo("AWAITING_DECISION")).body("heldOnTime", equalTo(true))
                .body("decisionDue", equalTo(TODAY.plusWeeks(4).toString())).extract().path("reviewId");
        caseworker().body(Map.of("heldOn", TODAY.toString())).post("/api/ehc/children/{id}/reviews", child).then()
                .statusCode(200).body("reviewId", equalTo(review));

        caseworker().body(Map.of("decision", "AMEND", "decidedOn", TODAY.toString()))
                .post("/api/ehc/reviews/{id}/decision", review).then().statusCode(200)
                .body("state", equalTo("AWAITING_AMENDED_PLAN"))
                .body("amendedPlanDue", equalTo(TODAY.plusWeeks(8).toString()));
        caseworker().get("/api/ehc/reviews").then().statusCode(200)
                .body("find { it.reviewId == '" + review + "' }.state", equalTo("AWAITING_AMENDED_PLAN"));
        caseworker().body(Map.of("issuedOn", TODAY.toString())).post("/api/ehc/reviews/{id}/amended-plan", review)
                .then().statusCode(200).body("state", equalTo("FINISHED"));
        caseworker().get("/api/ehc/reviews").then().statusCode(200)
                .body("find { it.reviewId == '" + review + "' }", nullValue());
    }

    @Test
    void theFiguresCountPlansWithinTwentyWeeksWithAndWithoutExceptionsBesideTheNationalFigure() {
        Map<String, Object> before = figures();

        // A school's request that reached the team by email 130 days ago: its received day corrected, the plan
        // issued today, in week 19.
        String onTime = senco("100001").body(requestFor(NhsNumbers.any())).post("/api/ehc/assessment-requests")
                .then().statusCode(201).extract().path("id");
        caseworker().body(Map.of("requestedOn", TODAY.minusDays(130).toString()))
                .patch("/api/ehc/assessments/{id}", onTime).then().statusCode(200)
                .body("limits.find { it.limit == 'FINAL_PLAN' }.dueOn", equalTo(TODAY.plusDays(10).toString()));
        issue(onTime, TODAY.minusDays(100));
        caseworker().get("/api/ehc/assessments/{id}", onTime).then().statusCode(200).body("week", equalTo(19));
        caseworker().body(Map.of("requestedOn", TODAY.minusDays(131).toString()))
                .patch("/api/ehc/assessments/{id}", onTime).then().statusCode(409);

        String lateWithException = recordedRequest(TODAY.minusDays(150));
        issue(lateWithException, TODAY.minusDays(110));
        caseworker().body(Map.of("limit", "FINAL_PLAN", "reason", "ABSENT_FROM_AREA",
                "note", "The family were abroad for six weeks"))
                .post("/api/ehc/assessments/{id}/exceptions", lateWithException).then().statusCode(200);
        issue(recordedRequest(TODAY.minusDays(150)), TODAY.minusDays(110));

        Map<String, Object> after = figures();
        assertThat(count(after, "plansWithinTwentyWeeks.of") - count(before, "plansWithinTwentyWeeks.of")).isEqualTo(3);
        assertThat(count(after, "plansWithinTwentyWeeks.onTime") - count(before, "plansWithinTwentyWeeks.onTime"))
                .isEqualTo(1);
        assertThat(count(after, "plansWithinTwentyWeeksExcludingExceptions.of")
                - count(before, "plansWithinTwentyWeeksExcludingExceptions.of")).isEqualTo(2);
        assertThat(count(after, "plansWithinTwentyWeeksExcludingExceptions.onTime")
                - count(before, "plansWithinTwentyWeeksExcludingExceptions.onTime")).isEqualTo(1);
        assertThat(count(after, "plansWithException") - count(before, "plansWithException")).isEqualTo(1);
        assertThat(count(after, "decisionsWithinSixWeeks.onTime") - count(before, "decisionsWithinSixWeeks.onTime"))
                .isEqualTo(3);
        given().auth().oauth2(Tokens.withRoles("leader", List.of("leader"), Map.of()))
                .get("/api/ehc/figures").then().statusCode(200)
                .body("national.percentWithinTwentyWeeks", equalTo(46.4f))
                .body("national.source", matchesPattern("Department for Education.*"));
        given().auth().oauth2(Tokens.senco("100001")).get("/api/ehc/figures").then().statusCode(403);
        caseworker().get("/api/ehc/figures?from=2026-13-01").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }

    /** Decided on a day, a draft and the final plan today. */
    private static void issue(String assessment, LocalDate decidedOn) {
        caseworker().body(Map.of("assess", true, "decidedOn", decidedOn.toString()))
                .post("/api/ehc/assessments/{id}/decision", assessment).then().statusCode(200);
        caseworker().body(Map.of("sentOn", TODAY.toString())).post("/api/ehc/assessments/{id}/draft", assessment)
                .then().statusCode(200);
        caseworker().body(Map.of("issuedOn", TODAY.toString()))
                .post("/api/ehc/assessments/{id}/final-plan", assessment).then().statusCode(200);
    }

    private String recordedRequest(LocalDate receivedOn) {
        return caseworker().body(Map.of("childId", registerChild(null), "requestedOn", receivedOn.toString(),
                "requestedBy", "PARENT")).post("/api/ehc/assessment-requests").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> figures() {
        return caseworker().get("/api/ehc/figures").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @SuppressWarnings("unchecked")
    private static int count(Map<String, Object> figures, String path) {
        String[] parts = path.split("\\.");
        Object value = figures;
        for (String part : parts) {
            value = ((Map<String, Object>) value).get(part);
        }
        return ((Number) value).intValue();
    }

    private String registerChild(LocalDate planIssuedOn) {
        Map<String, Object> body = new HashMap<>(Map.of("givenName", "Noor", "familyName", "Ahmed",
                "dateOfBirth", TODAY.minusYears(9).toString(), "nhsNumber", NhsNumbers.any(),
                "setting", "MAINSTREAM", "schoolUrn", "100001", "ehcPlan", planIssuedOn != null,
                "socialCareInvolved", false));
        if (planIssuedOn != null) {
            body.put("ehcPlanIssuedOn", planIssuedOn.toString());
        }
        return caseworker().body(body).post("/api/children").then().statusCode(201).extract().path("childId");
    }

    private long steps(String assessment) {
        return database.number("SELECT count(*) FROM outbox_event WHERE event_type = 'ehc.assessment-updated' "
                + "AND payload->>'assessmentId' = ?", assessment);
    }

    private static Map<String, Object> requestFor(String nhsNumber) {
        return Map.of("child", Map.of("givenName", "Amara", "familyName", "Jones",
                "dateOfBirth", TODAY.minusYears(8).toString(), "nhsNumber", nhsNumber));
    }

    private static RequestSpecification senco(String urn) {
        return given().auth().oauth2(Tokens.senco(urn)).contentType(ContentType.JSON);
    }

    private static RequestSpecification caseworker() {
        return given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON);
    }
}
