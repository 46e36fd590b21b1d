package uk.send.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventJson;
import uk.send.contracts.EventMetadata;
import uk.send.contracts.EventType;
import uk.send.contracts.Priority;
import uk.send.contracts.RecipientType;
import uk.send.contracts.ReprioritisationReason;
import uk.send.contracts.Topics;
import uk.send.contracts.TriageDecision;
import uk.send.contracts.WaitingUpdateReason;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.referral.ReferralWaitingUpdate;
import uk.send.contracts.referral.SupportOffer;
import uk.send.contracts.transition.TransitionAdultHandoverDue;
import uk.send.contracts.triage.TriageClosureRequested;
import uk.send.contracts.triage.TriageDecisionMade;
import uk.send.contracts.triage.TriageReceived;
import uk.send.contracts.triage.TriageReprioritised;
import uk.send.contracts.triage.TriageWaitingUpdate;
import uk.send.outbox.deadletter.DeadLetter;
import uk.send.testservers.EventSchemas;
import uk.send.testservers.EventSender;
import uk.send.testservers.ManagementInterface;
import uk.send.testservers.TopicReader;
import uk.send.testservers.Tokens;

/** The referral's life through real Kafka: decisions in from triage-service, canonical events out. */
@QuarkusTest
class ReferralEventsTest {

    private static final ClinicalService SALT = ClinicalService.SPEECH_AND_LANGUAGE_THERAPY;
    private static final SupportOffer DROP_IN = new SupportOffer("Speech and language drop-in",
            "Fortnightly at the family hub", null);

    @Inject
    Rows rows;

    private EventSender triage;

    @BeforeEach
    void connect() {
        triage = new EventSender("/triage-service");
    }

    @AfterEach
    void disconnect() {
        triage.close();
    }

    @Test
    void aReferralsWholeLifeIsPublishedInOrderAndEveryPayloadMatchesItsSchema() {
        UUID id = accepted(DROP_IN);
        triage.send(id.toString(), new TriageReprioritised(id, SALT, Priority.ROUTINE, Priority.URGENT,
                ReprioritisationReason.DETERIORATION, "No longer eating at school", 1, 2, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> "URGENT".equals(view(id).get("priority")));
        triage.send(id.toString(), decision(id, TriageDecision.STARTED, null, null, null, null));
        awaitStatus(id, "IN_PROGRESS");
        triage.send(id.toString(), new TriageClosureRequested(id, SALT, ClosureReason.COMPLETED,
                "Amara has finished her sessions and her class has a communication plan.", Instant.now()));
        awaitStatus(id, "CLOSED");

        List<ConsumerRecord<String, String>> events = referralEvents(id, 7);
        assertThat(events).extracting(r -> CloudEventHeaders.read(r.headers()).type()).containsExactly(
                "referral.submitted", "referral.family-invited", "referral.status-changed",
                "referral.status-changed",
                "referral.reprioritised", "referral.status-changed", "referral.status-changed");
        assertThat(events.stream().filter(r -> type(r) == EventType.REFERRAL_STATUS_CHANGED)
                .map(r -> EventJson.read(r.value(), ReferralStatusChanged.class).to().name()))
                .containsExactly("IN_TRIAGE", "ACCEPTED_WAITING", "IN_PROGRESS", "CLOSED");
        ReferralStatusChanged accepted = EventJson.read(events.get(3).value(), ReferralStatusChanged.class);
        assertThat(accepted.waitingListPosition()).isEqualTo(14);
        assertThat(accepted.estimatedWaitWeeks()).isEqualTo(30);
        assertThat(accepted.supportOffers()).containsExactly(DROP_IN);
        ReferralStatusChanged closed = EventJson.read(events.get(6).value(), ReferralStatusChanged.class);
        assertThat(closed.closureReason()).isEqualTo(ClosureReason.COMPLETED);
        for (ConsumerRecord<String, String> event : events) {
            assertThat(event.key()).isEqualTo(id.toString());
            assertThat(EventSchemas.violations(type(event), event.value())).as(type(event).type()).isEmpty();
        }
        assertThat(view(id).get("fhir")).isEqualTo(Map.of("serviceRequest", "completed", "task", "completed",
                "businessStatus", "closed", "statusReason", "completed"));
    }

    @Test
    void aRedeliveredTriageEventChangesNothing() {
        UUID id = submit("SPEECH_AND_LANGUAGE_THERAPY");
        EventMetadata received = new EventMetadata(UUID.randomUUID(), "triage.received",
                URI.create("/triage-service"), Instant.now(), id.toString());
        String payload = EventJson.write(new TriageReceived(id, SALT, Instant.now()));

        triage.send(Topics.TRIAGE_EVENTS, id.toString(), received, payload);
        triage.send(Topics.TRIAGE_EVENTS, id.toString(), received, payload);
        // Later on the same partition, so both copies above have been handled once this one has.
        triage.send(id.toString(), new TriageDecisionMade(id, SALT, TriageDecision.INFORMATION_REQUESTED,
                Instant.now(), null, null, null, "Has a hearing test been done?", null, null, null));
        awaitStatus(id, "MORE_INFORMATION_REQUESTED");

        assertThat(timeline(id)).containsExactly("SUBMITTED", "IN_TRIAGE", "MORE_INFORMATION_REQUESTED");
        assertThat(rows.count("event_conflict", "referral_id = ?1", id)).isZero();
        assertThat(rows.count("processed_event", "event_id = ?1", received.id())).isEqualTo(1);
    }

    @Test
    void aDecisionTheLifecycleRefusesIsRecordedAsAConflictAndChangesNothing() {
        UUID id = submit("SPEECH_AND_LANGUAGE_THERAPY");

        UUID refused = triage.send(id.toString(), decision(id, TriageDecision.STARTED, null, null, null, null));
        triage.send(id.toString(), new TriageReceived(id, SALT, Instant.now()));
        awaitStatus(id, "IN_TRIAGE");

        assertThat(timeline(id)).containsExactly("SUBMITTED", "IN_TRIAGE");
        assertThat(rows.count("event_conflict", "event_id = ?1", refused)).isEqualTo(1);
        ManagementInterface.given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("referral_event_conflicts_total"));
    }

    @Test
    void anEventAboutAnUnknownReferralGoesToTheDeadLetterQueue() {
        UUID unknown = UUID.randomUUID();
        UUID eventId = triage.send(unknown.toString(), new TriageReceived(unknown, SALT, Instant.now()));

        try (TopicReader reader = new TopicReader(Topics.deadLetter(Topics.TRIAGE_EVENTS))) {
            ConsumerRecord<String, String> dead = reader.readUntil(r -> unknown.toString().equals(r.key()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(30)).get(0);
            DeadLetter letter = EventJson.read(dead.value(), DeadLetter.class);
            assertThat(letter.eventId()).isEqualTo(eventId);
            assertThat(letter.consumer()).isEqualTo("referral-service");
            assertThat(letter.reason()).isEqualTo("unknown referral " + unknown);
        }
        // triage.events is triage-service's: referral-service's operators see only their own topic's dead letters.
        given().auth().oauth2(Tokens.withRoles("operator.one", List.of("operator"), Map.of()))
                .accept(ContentType.JSON).get("/api/dead-letters")
                .then().statusCode(200).body("eventId", not(hasItem(eventId.toString())));
        given().auth().oauth2(Tokens.caseworker()).get("/api/dead-letters").then().statusCode(403);
        // The consumer is still there for the next event.
        UUID id = submit("SPEECH_AND_LANGUAGE_THERAPY");
        triage.send(id.toString(), new TriageReceived(id, SALT, Instant.now()));
        awaitStatus(id, "IN_TRIAGE");
    }

    @Test
    void twoConcurrentWithdrawalsGiveOneClosure() throws Exception {
        UUID id = submit("SPEECH_AND_LANGUAGE_THERAPY");
        Callable<Integer> bySenco = () -> withdraw(Tokens.senco("100001"), id);
        Callable<Integer> byCaseworker = () -> withdraw(Tokens.caseworker(), id);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(List.of(bySenco, byCaseworker))) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(timeline(id)).containsExactly("SUBMITTED", "CLOSED");
        List<ConsumerRecord<String, String>> events = referralEvents(id, 3);
        assertThat(events.stream().filter(r -> type(r) == EventType.REFERRAL_STATUS_CHANGED)).hasSize(1);
    }

    @Test
    void aYoungPersonWhoseChildrensServiceEndsIsReferredToTheAdultServiceKeepingTheirWait() {
        UUID id = submit("CAMHS");
        Map<String, Object> children = view(id);
        TransitionAdultHandoverDue handover = new TransitionAdultHandoverDue(UUID.randomUUID(), id,
                ClinicalService.CAMHS, ClinicalService.ADULT_MENTAL_HEALTH, LocalDate.now());
        try (EventSender transitions = new EventSender("/transition-service")) {
            transitions.send(id.toString(), handover);
            awaitStatus(id, "CLOSED");
            // The same hand-over again, as a new event: still one adult referral.
            transitions.send(id.toString(), handover);
            transitions.send(id.toString(), new TransitionAdultHandoverDue(UUID.randomUUID(), UUID.randomUUID(),
                    ClinicalService.CAMHS, ClinicalService.ADULT_MENTAL_HEALTH, LocalDate.now()));
        }

        Map<String, Object> closed = view(id);
        assertThat(closed.get("closureReason")).isEqualTo("TRANSFERRED_TO_ADULT_SERVICES");
        String adultId = (String) closed.get("handedOverTo");
        assertThat(adultId).isNotNull();
        Map<String, Object> adult = view(UUID.fromString(adultId));
        assertThat(adult.get("service")).isEqualTo("ADULT_MENTAL_HEALTH");
        assertThat(adult.get("status")).isEqualTo("SUBMITTED");
        assertThat(adult.get("submittedAt")).as("the day the children's referral was received")
                .isEqualTo(children.get("submittedAt"));
        assertThat(adult.get("transferredFrom")).isEqualTo(id.toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> rows.count("event_conflict",
                "event_type = ?1 AND current_status = 'UNKNOWN'", "transition.adult-handover-due") >= 1);
        assertThat(rows.count("referral", "transferred_from = ?1", id)).isEqualTo(1);
        try (TopicReader reader = new TopicReader(Topics.REFERRAL_EVENTS)) {
            ConsumerRecord<String, String> submitted = reader.readUntil(r -> adultId.equals(r.key()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(20)).get(0);
            assertThat(EventJson.read(submitted.value(), ReferralSubmitted.class).transferredFrom()).isEqualTo(id);
        }
    }

    @Test
    void triagesNewsOfAWaitingPlaceIsKeptForTheFamilyViewAndPassedOnWithTheSupportOffers() {
        UUID id = accepted(DROP_IN);

        triage.send(id.toString(), new TriageWaitingUpdate(id, SALT, 6, 12, WaitingUpdateReason.PLACE_MOVED,
                Instant.now()));

        try (TopicReader reader = new TopicReader(Topics.REFERRAL_EVENTS)) {
            ConsumerRecord<String, String> news = reader.readUntil(r -> id.toString().equals(r.key())
                    && type(r) == EventType.REFERRAL_WAITING_UPDATE, seen -> !seen.isEmpty(),
                    Duration.ofSeconds(20)).get(0);
            ReferralWaitingUpdate update = EventJson.read(news.value(), ReferralWaitingUpdate.class);
            assertThat(update.waitingListPosition()).isEqualTo(6);
            assertThat(update.estimatedWaitWeeks()).isEqualTo(12);
            assertThat(update.supportOffers()).containsExactly(DROP_IN);
            assertThat(EventSchemas.violations(type(news), news.value())).isEmpty();
        }
        assertThat(rows.count("referral", "id = ?1 AND waiting_place = 6", id)).as("the family view's place")
                .isEqualTo(1);
    }

    @Test
    void aSchoolCannotReferToAnAdultService() {
        given().auth().oauth2(Tokens.senco("100001")).contentType(ContentType.JSON)
                .body(ReferralRequests.valid("100001", "ADULT_MENTAL_HEALTH", "grace.jones@example.org"))
                .post("/api/referrals").then().statusCode(400).body("violations.field", hasItem("service"));
    }

    private static TriageDecisionMade decision(UUID id, TriageDecision decision, Priority priority,
            Integer position, Integer weeks, List<SupportOffer> offers) {
        return new TriageDecisionMade(id, SALT, decision, Instant.now(), priority, null, null, null, position,
                weeks, offers);
    }

    /** A speech and language therapy referral, received by triage and accepted onto the waiting list. */
    private UUID accepted(SupportOffer offer) {
        UUID id = submit("SPEECH_AND_LANGUAGE_THERAPY");
        triage.send(id.toString(), new TriageReceived(id, SALT, Instant.now()));
        awaitStatus(id, "IN_TRIAGE");
        triage.send(id.toString(), decision(id, TriageDecision.ACCEPTED, Priority.ROUTINE, 14, 30, List.of(offer)));
        awaitStatus(id, "ACCEPTED_WAITING");
        return id;
    }

    private static UUID submit(String service) {
        String id = given().auth().oauth2(Tokens.senco("100001")).contentType(ContentType.JSON)
                .body(ReferralRequests.valid("100001", service, "grace.jones@example.org"))
                .post("/api/referrals").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static int withdraw(String token, UUID id) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("reason", "The family asked to withdraw"))
                .post("/api/referrals/{id}/withdraw", id).then().extract().statusCode();
    }

    private static Map<String, Object> view(UUID id) {
        return given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}", id)
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static List<String> timeline(UUID id) {
        return given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}", id)
                .then().statusCode(200).extract().jsonPath().getList("timeline.status");
    }

    private static void awaitStatus(UUID id, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(view(id).get("status")));
    }

    private static List<ConsumerRecord<String, String>> referralEvents(UUID id, int expected) {
        try (TopicReader reader = new TopicReader(Topics.REFERRAL_EVENTS)) {
            List<ConsumerRecord<String, String>> events = reader.readUntil(r -> id.toString().equals(r.key()),
                    seen -> seen.size() >= expected, Duration.ofSeconds(30));
            // Anything extra would arrive promptly after: wait a little to see that nothing does.
            events.addAll(reader.readUntil(r -> id.toString().equals(r.key()), seen -> true,
                    Duration.ofMillis(500)));
            return events;
        }
    }

    private static EventType type(ConsumerRecord<String, String> record) {
        return EventType.fromType(CloudEventHeaders.read(record.headers()).type()).orElseThrow();
    }
}
