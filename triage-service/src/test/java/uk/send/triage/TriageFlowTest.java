package uk.send.triage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventJson;
import uk.send.contracts.EventType;
import uk.send.contracts.Topics;
import uk.send.contracts.triage.TriageDecisionMade;
import uk.send.contracts.triage.TriageReprioritised;
import uk.send.contracts.referral.ReferralChildCorrected;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.testservers.SubmittedReferral;
import uk.send.testservers.Database;
import uk.send.testservers.EventSchemas;
import uk.send.testservers.EventSender;
import uk.send.testservers.TopicReader;
import uk.send.testservers.Tokens;

@QuarkusTest
class TriageFlowTest {

    /** Each test works in a service of its own, so the queues it reads hold only its referrals. */
    private final Database database = new Database("triage");
    private EventSender referralService;

    @BeforeEach
    void connect() {
        referralService = new EventSender("/referral-service");
    }

    @AfterEach
    void disconnect() {
        referralService.close();
    }

    @Test
    void aSubmittedReferralIsFiledInItsServicesQueueInOrderAndAcknowledged() {
        ClinicalService service = ClinicalService.OCCUPATIONAL_THERAPY;
        UUID routine = submit(service, false, false, 30);
        UUID complex = submit(service, true, false, 20);
        UUID safeguarding = submit(service, false, true, 10);
        awaitInQueue(service, safeguarding);

        List<String> order = queue(service).extract().jsonPath().getList("triage.referralId");
        assertThat(order.indexOf(safeguarding.toString())).isLessThan(order.indexOf(complex.toString()));
        assertThat(order.indexOf(complex.toString())).isLessThan(order.indexOf(routine.toString()));
        queue(ClinicalService.CAMHS).body("triage.referralId", not(hasItem(routine.toString())));

        List<ConsumerRecord<String, String>> events = triageEvents(safeguarding, 1);
        assertThat(CloudEventHeaders.read(events.get(0).headers()).type()).isEqualTo("triage.received");
    }

    @Test
    void theQueueIsReadAPageAtATimeWithPlacesCountingOnAcrossPages() {
        ClinicalService service = ClinicalService.NEURODEVELOPMENTAL_ASSESSMENT;
        submit(service, false, false, 12);
        submit(service, true, false, 11);
        UUID last = submit(service, false, false, 1);
        awaitInQueue(service, last);

        List<String> whole = queue(service, 0, 200).extract().jsonPath().getList("triage.referralId");
        // The database's order is the one TriageQueue specifies.
        List<String> specified = QuarkusTransaction.requiringNew().call(() -> TriageQueue.triageOrder(whole.stream()
                        .map(id -> TriageCase.<TriageCase>findById(UUID.fromString(id)).entry()).toList())
                .stream().map(entry -> entry.referralId().toString()).toList());
        assertThat(whole).isEqualTo(specified);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 2 < whole.size(); page++) {
            ValidatableResponse response = queue(service, page, 2)
                    .body("triageTotal", equalTo(whole.size()))
                    .body("page", equalTo(page));
            paged.addAll(response.extract().jsonPath().getList("triage.referralId"));
            assertThat(response.extract().jsonPath().getList("triage.position", Integer.class))
                    .isEqualTo(IntStream.rangeClosed(page * 2 + 1, Math.min(page * 2 + 2,
                            whole.size())).boxed().toList());
        }
        assertThat(paged).isEqualTo(whole);

        given().auth().oauth2(Tokens.clinician(service.name())).get("/api/triage/queue?size=500")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void acceptingPutsTheChildOnTheWaitingListWithAPlaceAndTheServicesSupportOffers() {
        ClinicalService service = ClinicalService.SPEECH_AND_LANGUAGE_THERAPY;
        UUID id = submit(service, false, false, 1);
        awaitInQueue(service, id);

        decide(service, id, "accept", Map.of("priority", "ROUTINE")).statusCode(202)
                .body("stage", equalTo("WAITING")).body("priority", equalTo("ROUTINE"));

        TriageDecisionMade accepted = EventJson.read(triageEvents(id, 2).get(1).value(), TriageDecisionMade.class);
        assertThat(accepted.priority().name()).isEqualTo("ROUTINE");
        assertThat(accepted.waitingListPosition()).isPositive();
        assertThat(accepted.supportOffers()).extracting(o -> o.title())
                .contains("Speech and language drop-in", "Talking Together programme");
        List<String> waiting = queue(service).extract().jsonPath().getList("waiting.referralId");
        assertThat(accepted.waitingListPosition()).isEqualTo(waiting.indexOf(id.toString()) + 1);
    }

    @Test
    void reprioritisationMovesTheChildAndRecordsTheReason() {
        ClinicalService service = ClinicalService.COMMUNITY_PAEDIATRICS;
        UUID first = submit(service, false, false, 3);
        UUID second = submit(service, false, false, 2);
        awaitInQueue(service, second);
        decide(service, first, "accept", Map.of("priority", "ROUTINE")).statusCode(202);
        decide(service, second, "accept", Map.of("priority", "ROUTINE")).statusCode(202);
        List<String> before = queue(service).extract().jsonPath().getList("waiting.referralId");
        assertThat(before.indexOf(second.toString())).isGreaterThan(before.indexOf(first.toString()));

        decide(service, second, "reprioritise", Map.of("priority", "URGENT", "reasonCategory", "DETERIORATION",
                "reason", "Weight loss reported by the GP")).statusCode(202).body("waitingListPosition", equalTo(1));

        assertThat(queue(service).extract().jsonPath().getList("waiting.referralId").get(0))
                .isEqualTo(second.toString());
        assertThat(database.text("SELECT reason FROM triage_decision WHERE referral_id = ? "
                + "AND decision = 'REPRIORITISED'", second)).isEqualTo("DETERIORATION: Weight loss reported by the GP");
        TriageReprioritised event = EventJson.read(triageEvents(second, 3).get(2).value(),
                TriageReprioritised.class);
        assertThat(event.reason()).isEqualTo("Weight loss reported by the GP");
    }

    @Test
    void eachDecisionPublishesExactlyOneEventThatMatchesItsSchema() {
        ClinicalService service = ClinicalService.PHYSIOTHERAPY;
        UUID id = submit(service, false, false, 1);
        awaitInQueue(service, id);

        decide(service, id, "request-information", Map.of("question", "Is there a recent OT report?"))
                .statusCode(202);
        decide(service, id, "resume", Map.of()).statusCode(202);
        decide(service, id, "accept", Map.of("priority", "PRIORITY")).statusCode(202);
        decide(service, id, "start", Map.of()).statusCode(202);
        decide(service, id, "close", Map.of("outcome", "COMPLETED", "summary", "Exercises learnt; review in a year"))
                .statusCode(202).body("stage", equalTo("CLOSED"));

        List<ConsumerRecord<String, String>> events = triageEvents(id, 6);
        assertThat(events).extracting(r -> CloudEventHeaders.read(r.headers()).type()).containsExactly(
                "triage.received", "triage.decision-made", "triage.decision-made", "triage.decision-made",
                "triage.decision-made", "triage.closure-requested");
        for (ConsumerRecord<String, String> event : events) {
            EventType type = EventType.fromType(CloudEventHeaders.read(event.headers()).type()).orElseThrow();
            assertThat(EventSchemas.violations(type, event.value())).as(type.type()).isEmpty();
        }
    }

    @Test
    void aDeclineWithoutAReasonOrSignpostingIsRefusedAndChangesNothing() {
        ClinicalService service = ClinicalService.EDUCATIONAL_PSYCHOLOGY;
        UUID id = submit(service, false, false, 1);
        awaitInQueue(service, id);

        decide(service, id, "decline", Map.of("reason", "", "signposting", List.of())).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("reason"))
                .body("violations.field", hasItem("signposting"));
        decide(service, id, "decline", Map.of("signposting", List.of("Family hub"))).statusCode(400);

        assertThat(stage(id)).isEqualTo("TRIAGE");
        assertThat(database.number("SELECT count(*) FROM triage_decision WHERE referral_id = ?", id)).isZero();
        assertThat(database.number("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", id.toString()))
                .isEqualTo(1);

        decide(service, id, "decline", Map.of("reason", "Needs are met by the school's own support",
                "signposting", List.of("Family hub: 01234 567890"))).statusCode(202).body("stage", equalTo("CLOSED"));
    }

    @Test
    void aClinicianOfAnotherServiceCanNeitherSeeNorDecide() {
        ClinicalService service = ClinicalService.NEURODEVELOPMENTAL_ASSESSMENT;
        UUID id = submit(service, false, false, 1);
        awaitInQueue(service, id);

        given().auth().oauth2(Tokens.clinician("CAMHS")).contentType(ContentType.JSON)
                .body(Map.of("priority", "URGENT")).post("/api/triage/referrals/{id}/accept", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.senco("100001")).contentType(ContentType.JSON)
                .body(Map.of("priority", "URGENT")).post("/api/triage/referrals/{id}/accept", id)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("priority", "URGENT"))
                .post("/api/triage/referrals/{id}/accept", id).then().statusCode(401);

        assertThat(stage(id)).isEqualTo("TRIAGE");
        assertThat(database.number("SELECT count(*) FROM triage_decision WHERE referral_id = ?", id)).isZero();
    }

    @Test
    void aDecisionTheStageDoesNotAllowIsAConflict() {
        ClinicalService service = ClinicalService.CAMHS;
        UUID id = submit(service, false, false, 1);
        awaitInQueue(service, id);

        decide(service, id, "start", Map.of()).statusCode(409).contentType("application/problem+json");
        decide(service, id, "reprioritise", Map.of("priority", "URGENT", "reasonCategory", "SAFEGUARDING",
                "reason", "Disclosure at school")).statusCode(409);

        assertThat(stage(id)).isEqualTo("TRIAGE");
    }

    @Test
    void aCorrectionOfTheChildsDetailsReachesTheCaseTheClinicianReads() {
        ClinicalService service = ClinicalService.EDUCATIONAL_PSYCHOLOGY;
        UUID id = submit(service, false, false, 2);
        awaitInQueue(service, id);
        LocalDate rightBirthday = LocalDate.now().minusYears(8).minusMonths(4);

        referralService.send(id.toString(), new ReferralChildCorrected(id, new ReferralSubmitted.Child("Amarah",
                "Jonas", rightBirthday, null, null, null), Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> "Amarah".equals(database.text(
                "SELECT child_given_name FROM triage_case WHERE referral_id = ?", id)));
        assertThat(database.text("SELECT child_family_name || ' ' || child_date_of_birth FROM triage_case "
                + "WHERE referral_id = ?", id)).isEqualTo("Jonas " + rightBirthday);
    }

    private UUID submit(ClinicalService service, boolean complex, boolean safeguarding, int daysAgo) {
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), SubmittedReferral.of(id).withService(service)
                .withReceivedAt(Instant.now().minusSeconds(86_400L * daysAgo))
                .withChild("Amara", LocalDate.now().minusYears(8)).withFlags(complex, safeguarding).event());
        return id;
    }

    private String stage(UUID id) {
        return database.text("SELECT stage FROM triage_case WHERE referral_id = ?", id);
    }

    private static void awaitInQueue(ClinicalService service, UUID id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> queue(service).extract().jsonPath()
                .getList("triage.referralId").contains(id.toString()));
    }

    private static ValidatableResponse queue(ClinicalService service) {
        return queue(service, 0, 200);
    }

    private static ValidatableResponse queue(ClinicalService service, int page, int size) {
        return given().auth().oauth2(Tokens.clinician(service.name()))
                .get("/api/triage/queue?page={page}&size={size}", page, size)
                .then().statusCode(200);
    }

    private static ValidatableResponse decide(ClinicalService service, UUID id, String decision,
            Map<String, Object> body) {
        return given().auth().oauth2(Tokens.clinician(service.name())).contentType(ContentType.JSON).body(body)
                .post("/api/triage/referrals/{id}/" + decision, id).then();
    }

    private static List<ConsumerRecord<String, String>> triageEvents(UUID id, int expected) {
        try (TopicReader reader = new TopicReader(Topics.TRIAGE_EVENTS)) {
            List<ConsumerRecord<String, String>> events = reader.readUntil(r -> id.toString().equals(r.key()),
                    seen -> seen.size() >= expected, Duration.ofSeconds(30));
            events.addAll(reader.readUntil(r -> id.toString().equals(r.key()), seen -> true, Duration.ofMillis(500)));
            assertThat(events).hasSize(expected);
            return events;
        }
    }
}
