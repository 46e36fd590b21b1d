package uk.send.transition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventJson;
import uk.send.contracts.EventType;
import uk.send.contracts.Topics;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.transition.TransitionAdultHandoverDue;
import uk.send.contracts.transition.TransitionAdultHandoverPlanned;
import uk.send.contracts.transition.TransitionDue;
import uk.send.contracts.transition.TransitionInformationIncomplete;
import uk.send.testservers.SubmittedReferral;
import uk.send.testservers.Database;
import uk.send.testservers.EventSchemas;
import uk.send.testservers.EventSender;
import uk.send.testservers.TopicReader;
import uk.send.testservers.NhsNumbers;
import uk.send.testservers.Tokens;
import uk.send.transition.calendar.PhaseTransferReview;
import uk.send.transition.scan.TransitionScan;

@QuarkusTest
class TransitionPlanningTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    TransitionScan scan;

    private final Database database = new Database("transition");

    @Test
    void aCaseWorkerRegistersAChildAndReadsTheirTimeline() {
        Map<String, Object> body = child("Ella", LocalDate.of(2016, 3, 10));
        body.put("separateJuniorSchool", true);

        String id = given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(body)
                .post("/api/children").then().statusCode(201).extract().path("childId");

        given().auth().oauth2(Tokens.caseworker()).get("/api/children/{id}/transitions", id)
                .then().statusCode(200)
                .body("transitions.transition", equalTo(List.of("STARTING_RECEPTION", "JUNIOR_SCHOOL",
                        "SECONDARY_SCHOOL", "POST_16", "ADULT_SERVICES", "POST_19", "EHC_PLAN_ENDS")))
                .body("transitions[2].on", equalTo("2027-09-01"))
                .body("transitions[2].statutory", equalTo(true))
                .body("transitions[2].reviewBy", equalTo("2026-11-23"))
                .body("transitions[2].reviewDeadline", equalTo("2027-02-15"))
                .body("transitions[3].reviewDeadline", equalTo("2032-03-31"))
                .body("transitions[4].statutory", equalTo(false))
                .body("preparationForAdulthood.partOfEveryReviewFrom", equalTo("2029-09-01"))
                .body("ehcPlanMayContinueUntil", equalTo("2041-07-31"))
                .body("detailsConfirmed", equalTo(true));
        assertThat(database.number("SELECT count(*) FROM record_access WHERE child_id = ?::uuid "
                + "AND action = 'transitions'", id)).isEqualTo(1);
        given().auth().oauth2(Tokens.caseworker()).get("/api/audit?childId={id}", id).then().statusCode(200)
                .body("accesses.what", equalTo(List.of("transitions", "child registered")))
                .body("accesses.who", equalTo(List.of("caseworker", "caseworker")));
    }

    @Test
    void theUpcomingListShowsTransitionsAndDeadlinesInTheWindowSoonestFirst() {
        UUID child = register(child("Noor", secondaryTransferWithin()));

        List<Map<String, Object>> upcoming = given().auth().oauth2(Tokens.caseworker())
                .get("/api/transitions/upcoming?within=P12M").then().statusCode(200)
                .extract().jsonPath().getList("");
        List<Map<String, Object>> noor = upcoming.stream()
                .filter(u -> child.toString().equals(u.get("childId"))).toList();
        assertThat(noor).extracting(u -> u.get("transition")).containsExactly("SECONDARY_SCHOOL");
        assertThat(noor.get(0).get("reviewDeadline")).isEqualTo(
                SchoolCalendarOf.secondaryTransfer(secondaryTransferWithin()).withMonth(2).withDayOfMonth(15)
                        .toString());
        assertThat(database.number("SELECT count(*) FROM record_access WHERE child_id = ?::uuid "
                + "AND action = 'upcoming transitions'", child.toString())).isEqualTo(1);
    }

    @Test
    void onlyCaseWorkersPlanTransitionsAndBadInputIsRefused() {
        Map<String, Object> body = child("Ella", TODAY.plusDays(3));
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(body)
                .post("/api/children").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("dateOfBirth"));
        body = child("Ella", LocalDate.of(2016, 3, 10));
        body.put("nhsNumber", "9434765918");
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(body)
                .post("/api/children").then().statusCode(400).body("violations.field", hasItem("nhsNumber"));
        body = child("Ella", TODAY.minusYears(26));
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(body)
                .post("/api/children").then().statusCode(400);
        given().auth().oauth2(Tokens.clinician("CAMHS")).contentType(ContentType.JSON)
                .body(child("Ella", LocalDate.of(2016, 3, 10))).post("/api/children").then().statusCode(403);
        given().contentType(ContentType.JSON).body(child("Ella", LocalDate.of(2016, 3, 10)))
                .post("/api/children").then().statusCode(401);
        given().auth().oauth2(Tokens.caseworker()).get("/api/transitions/upcoming?within=soon")
                .then().statusCode(400).body("violations[0].field", equalTo("within"));
        String child = given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(child("Ella", LocalDate.of(2016, 3, 10))).post("/api/children").then().statusCode(201)
                .extract().path("childId");
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body("null")
                .patch("/api/children/{id}/transitions/SECONDARY_SCHOOL/plan", child)
                .then().statusCode(400).body("violations[0].field", equalTo("body"));
    }

    @Test
    void theScanRaisesEachDueEventOnceAlsoWhenRunAgainOrTwiceAtOnce() throws Exception {
        // Secondary transfer on the coming 1 September, less than twelve months away, for a child without an EHC
        // plan: no statutory review, so the 12-month notice is due.
        Map<String, Object> owen = child("Owen", secondaryTransferWithin());
        owen.put("ehcPlan", false);
        UUID child = register(owen);

        List<Integer> raised = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> oneScan = () -> scan.scan(TODAY);
            for (Future<Integer> result : pool.invokeAll(List.of(oneScan, oneScan))) {
                raised.add(result.get());
            }
        } finally {
            pool.shutdown();
        }
        int again = scan.scan(TODAY);

        assertThat(again).isZero();
        List<ConsumerRecord<String, String>> events = transitionEvents(child);
        List<TransitionDue> due = events.stream().filter(r -> type(r) == EventType.TRANSITION_DUE)
                .map(r -> EventJson.read(r.value(), TransitionDue.class)).toList();
        assertThat(due).extracting(TransitionDue::transition).contains(
                uk.send.contracts.TransitionType.SECONDARY_SCHOOL);
        assertThat(due).extracting(d -> d.transition() + ":" + d.leadTimeMonths()).doesNotHaveDuplicates();
        assertThat(due.stream().filter(d -> d.leadTimeMonths() == 12)).hasSize(1);
        assertThat(due).allSatisfy(d -> assertThat(d.reviewDeadline()).as("no statutory deadline").isNull());
        assertThat(database.number("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", child.toString()))
                .isEqualTo(events.size());
        for (ConsumerRecord<String, String> event : events) {
            assertThat(EventSchemas.violations(type(event), event.value())).isEmpty();
        }
    }

    @Test
    void aStartAfterAMissedDailyScanRunsItOnceAndNotAgainTheSameDay() {
        database.update("DELETE FROM scan_run WHERE day = ?", TODAY);

        scan.catchUp();

        assertThat(database.number("SELECT count(*) FROM scan_run WHERE day = ?", TODAY)).isEqualTo(1);
        assertThat(scan.catchUp()).as("today's scan has run: nothing to catch up").isZero();
    }

    @Test
    void aNearTransitionWithAnIncompletePlanRaisesItsEvent() {
        // In Year 5 now: the review for the move to secondary school is next school year.
        LocalDate dateOfBirth = secondaryTransferWithin().plusYears(1);
        UUID child = register(child("Mia", dateOfBirth));
        LocalDate transfer = SchoolCalendarOf.secondaryTransfer(dateOfBirth);
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(Map.of("healthAdvice", true, "receivingSetting", "Riverside Academy"))
                .patch("/api/children/{id}/transitions/SECONDARY_SCHOOL/plan", child)
                .then().statusCode(200).body("complete", equalTo(false))
                .body("missingItems", equalTo(List.of("EHC_PLAN_REVIEWED", "CHILD_AND_FAMILY_VIEWS")));

        // The information is needed for the review: the warning comes four weeks before the latest review date,
        // long before the 15 February deadline, not weeks before the move.
        LocalDate warned = PhaseTransferReview.before(uk.send.contracts.TransitionType.SECONDARY_SCHOOL, transfer)
                .reminders().get(1).from();
        scan.scan(warned);

        TransitionInformationIncomplete incomplete = transitionEvents(child).stream()
                .filter(r -> type(r) == EventType.TRANSITION_INFORMATION_INCOMPLETE)
                .map(r -> EventJson.read(r.value(), TransitionInformationIncomplete.class)).findFirst().orElseThrow();
        assertThat(incomplete.transition()).isEqualTo(uk.send.contracts.TransitionType.SECONDARY_SCHOOL);
        assertThat(incomplete.missingItems()).containsExactly("EHC_PLAN_REVIEWED", "CHILD_AND_FAMILY_VIEWS");
        assertThat(warned).isBefore(LocalDate.of(transfer.getYear(), 2, 15).minusWeeks(12));
        assertThat(incomplete.setting()).isEqualTo("MAINSTREAM");
    }

    @Test
    void aCamhsReferralForAYoungPersonOf17Years8MonthsStaysOpenWhileHandOverIsPlannedAndIsHandedOverAt18() {
        UUID referral = UUID.randomUUID();
        LocalDate dateOfBirth = TODAY.minusYears(17).minusMonths(8);
        submit(referral, ClinicalService.CAMHS, "Tom", dateOfBirth, NhsNumbers.any());
        UUID child = childOf(referral);

        // Learned and scanned in one transaction: planning starts at once, not at the next 06:00 scan.
        List<TransitionAdultHandoverPlanned> planned = events(child, EventType.TRANSITION_ADULT_HANDOVER_PLANNED,
                TransitionAdultHandoverPlanned.class);
        assertThat(planned).hasSize(1);
        assertThat(planned.get(0).adultService()).isEqualTo(ClinicalService.ADULT_MENTAL_HEALTH);
        assertThat(planned.get(0).transferOn()).isEqualTo(dateOfBirth.plusYears(18));
        assertThat(planned.get(0).recipients()).contains(uk.send.contracts.RecipientType.FAMILY);
        scan.scan(TODAY);
        assertThat(events(child, EventType.TRANSITION_ADULT_HANDOVER_DUE, TransitionAdultHandoverDue.class))
                .as("nothing is handed over before the 18th birthday").isEmpty();

        scan.scan(dateOfBirth.plusYears(18));
        scan.scan(dateOfBirth.plusYears(18).plusDays(1));

        List<TransitionAdultHandoverDue> due = events(child, EventType.TRANSITION_ADULT_HANDOVER_DUE,
                TransitionAdultHandoverDue.class);
        assertThat(due).hasSize(1);
        assertThat(due.get(0).referralId()).isEqualTo(referral);
        assertThat(due.get(0).adultService()).isEqualTo(ClinicalService.ADULT_MENTAL_HEALTH);
        assertThat(due.get(0).transferOn()).isEqualTo(dateOfBirth.plusYears(18));
    }

    @Test
    void aServiceWithNoAdultServiceIsNeverHandedOverAndOnlyTheCaseWorkerIsToldToDecide() {
        UUID referral = UUID.randomUUID();
        // In Year 13 now: community paediatrics ends when they leave school, within six months.
        LocalDate dateOfBirth = secondaryTransferWithin().minusYears(6);
        submit(referral, ClinicalService.COMMUNITY_PAEDIATRICS, "Lily", dateOfBirth, NhsNumbers.any());
        UUID child = childOf(referral);

        LocalDate leavesSchool = uk.send.transition.calendar.SchoolCalendar.forChild(dateOfBirth).startOf(14);
        scan.scan(leavesSchool.minusMonths(6));
        scan.scan(leavesSchool.plusDays(1));

        List<TransitionAdultHandoverPlanned> planned = events(child, EventType.TRANSITION_ADULT_HANDOVER_PLANNED,
                TransitionAdultHandoverPlanned.class);
        assertThat(planned).hasSize(1);
        assertThat(planned.get(0).adultService()).isNull();
        assertThat(planned.get(0).recipients()).containsExactly(uk.send.contracts.RecipientType.CASEWORKER);
        assertThat(events(child, EventType.TRANSITION_ADULT_HANDOVER_DUE, TransitionAdultHandoverDue.class))
                .isEmpty();
    }

    private static void submit(UUID referral, ClinicalService service, String name, LocalDate dateOfBirth,
            String nhsNumber) {
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(referral.toString(), SubmittedReferral.of(referral).withService(service)
                    .withSchool("100002", "senco@riverside.example.org")
                    .withChild(new ReferralSubmitted.Child(name, "Price", dateOfBirth, nhsNumber, null, null))
                    .withReason("Low mood").event());
        }
    }

    private UUID childOf(UUID referral) {
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number(
                "SELECT count(*) FROM child_referral WHERE referral_id = ? AND open", referral) == 1);
        return UUID.fromString(database.text("SELECT child_id::text FROM child_referral WHERE referral_id = ?",
                referral));
    }

    private static <T> List<T> events(UUID child, EventType type, Class<T> payload) {
        return transitionEvents(child).stream().filter(r -> type(r) == type)
                .map(r -> EventJson.read(r.value(), payload)).toList();
    }

    /** A date of birth whose secondary transfer is the coming 1 September, less than 12 months away. */
    private static LocalDate secondaryTransferWithin() {
        int transferYear = TODAY.getMonthValue() >= 9 ? TODAY.getYear() + 1 : TODAY.getYear();
        // In Year 6 now: Reception began seven years before the transfer, for children born in the school year
        // five years before that; mid-January is safely inside it.
        return LocalDate.of(transferYear - 11, 1, 15);
    }

    private UUID register(Map<String, Object> body) {
        String id = given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(body)
                .post("/api/children").then().statusCode(201).extract().path("childId");
        return UUID.fromString(id);
    }

    private static Map<String, Object> child(String name, LocalDate dateOfBirth) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", name);
        body.put("familyName", "Hughes");
        body.put("dateOfBirth", dateOfBirth.toString());
        body.put("setting", "MAINSTREAM");
        body.put("schoolUrn", "100001");
        body.put("ehcPlan", true);
        body.put("ehcPlanLastReviewed", TODAY.minusMonths(3).toString());
        body.put("socialCareInvolved", false);
        return body;
    }

    private static EventType type(ConsumerRecord<String, String> record) {
        return EventType.fromType(CloudEventHeaders.read(record.headers()).type()).orElseThrow();
    }

    private static List<ConsumerRecord<String, String>> transitionEvents(UUID child) {
        try (TopicReader reader = new TopicReader(Topics.TRANSITION_EVENTS)) {
            List<ConsumerRecord<String, String>> events = reader.readUntil(r -> child.toString().equals(r.key()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(30));
            events.addAll(reader.readUntil(r -> child.toString().equals(r.key()), seen -> true,
                    Duration.ofSeconds(2)));
            return events;
        }
    }

    /** The calendar, as the test computes it for itself. */
    private static final class SchoolCalendarOf {
        static LocalDate secondaryTransfer(LocalDate dateOfBirth) {
            return uk.send.transition.calendar.SchoolCalendar.forChild(dateOfBirth).startOf(7);
        }
    }
}
