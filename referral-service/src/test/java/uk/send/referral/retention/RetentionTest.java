package uk.send.referral.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.send.referral.ReferralRequests;
import uk.send.referral.Rows;
import uk.send.testservers.Tokens;

/**
 * The nightly retention job destroys, in this service and through its event in the others, the records of closed
 * referrals past their period (NHS Records Management Code of Practice 2023), and nothing else; a case worker erases a
 * referral on a ground the law names; both are entered in the register of destroyed records, which names no one.
 */
@QuarkusTest
class RetentionTest {

    private static final String OAKFIELD = "100001";

    /** What a referral leaves in this service, beside the referral row itself. */
    private static final List<String> ITS_ROWS = List.of("family_contact", "status_change", "idempotency_key");

    @Inject
    RetentionJob job;

    @Inject
    Rows rows;

    @Test
    void closedReferralsPastTheirPeriodAreDestroyedAndEveryOtherIsLeftAlone() {
        LocalDate today = LocalDate.now();
        // Closed at 10, now 26: past the 25th birthday.
        UUID closedAsAChild = closed(today.minusYears(26), today.minusYears(16));
        // Closed at 17, now 25 and a half: kept to the 26th birthday.
        LocalDate bornNearly26 = today.minusYears(25).minusMonths(6);
        UUID closedAt17 = closed(bornNearly26, bornNearly26.plusYears(17).plusMonths(3));
        // Closed at 21, eight years and a day ago: past its period.
        UUID closedAsAnAdult = closed(today.minusYears(30), today.minusYears(8).minusDays(1));
        // Closed at 10 and 25 today: the records' last day.
        UUID lastDay = closed(today.minusYears(25), today.minusYears(15));
        // Never closed, whatever the age: care has not ended.
        UUID open = submitted(today.minusYears(30));
        long reads = rows.count("record_access");

        job.runFor(today);

        for (UUID gone : List.of(closedAsAChild, closedAsAnAdult)) {
            assertThat(rows.count("referral", "id = ?1", gone)).isZero();
            for (String table : ITS_ROWS) {
                assertThat(rows.count(table, "referral_id = ?1", gone)).as(table).isZero();
            }
            assertThat(rows.count("outbox_event", "aggregate_id = ?1 AND event_type <> 'referral.records-destroyed'",
                    gone.toString())).as("its events waiting to be published go with it").isZero();
            assertThat(rows.events(gone, "referral.records-destroyed")).singleElement().satisfies(event ->
                    assertThat(event).contains("RETENTION_PERIOD_ENDED").doesNotContain("Amara", "Jones", "9434765919"));
            assertThat(rows.count("destroyed_record", "referral_id = ?1 AND why = 'RETENTION_PERIOD_ENDED' "
                    + "AND destroyed_by = 'retention schedule'", gone)).isEqualTo(1);
            given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}", gone).then().statusCode(404);
        }
        assertThat(rows.count("destroyed_record", "referral_id = ?1 AND kept_until = ?2", closedAsAChild,
                today.minusYears(1))).isEqualTo(1);
        for (UUID kept : List.of(closedAt17, lastDay, open)) {
            assertThat(rows.count("referral", "id = ?1", kept)).isEqualTo(1);
            assertThat(rows.count("status_change", "referral_id = ?1", kept)).isPositive();
            assertThat(rows.events(kept, "referral.records-destroyed")).isEmpty();
        }
        assertThat(rows.count("record_access")).as("who read what is kept: it names only the referral's id")
                .isGreaterThanOrEqualTo(reads);

        // The next night finds nothing more of these.
        job.runFor(today);
        assertThat(rows.events(closedAsAChild, "referral.records-destroyed")).hasSize(1);
        // ... and the day after its last day, the one kept to today goes.
        job.runFor(today.plusDays(1));
        assertThat(rows.count("referral", "id = ?1", lastDay)).isZero();
        assertThat(rows.count("referral", "id = ?1", closedAt17)).isEqualTo(1);
    }

    @Test
    void twoInstancesRunningTheJobAtOnceDestroyEachReferralOnce() throws Exception {
        LocalDate today = LocalDate.now();
        List<UUID> due = List.of(closed(today.minusYears(27), today.minusYears(17)),
                closed(today.minusYears(28), today.minusYears(18)), closed(today.minusYears(40), today.minusYears(9)));
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> job.runFor(today);
            List<Future<Integer>> runs = instances.invokeAll(List.of(run, run));
            int destroyed = runs.get(0).get() + runs.get(1).get();
            assertThat(destroyed).as("between them").isGreaterThanOrEqualTo(due.size());
        } finally {
            instances.shutdown();
        }
        for (UUID referral : due) {
            assertThat(rows.count("destroyed_record", "referral_id = ?1", referral)).isEqualTo(1);
            assertThat(rows.events(referral, "referral.records-destroyed")).hasSize(1);
        }
    }

    @Test
    void aCaseWorkerErasesAReferralMadeAboutTheWrongChildAndTheRegisterSaysSo() {
        UUID id = submitted(LocalDate.now().minusYears(9));
        String reference = given().auth().oauth2(Tokens.caseworker()).get("/api/referrals/{id}", id).then()
                .extract().path("reference");

        erase(Tokens.caseworker(), id, Map.of("ground", "WRONG_CHILD", "requestReference", "IG-2026/0042"))
                .statusCode(200)
                .body("reference", equalTo(reference))
                .body("why", equalTo("ERASURE"))
                .body("ground", equalTo("Article 17(1)(a): made about the wrong child"))
                .body("requestReference", equalTo("IG-2026/0042"))
                .body("destroyedBy", equalTo("caseworker"));

        assertThat(rows.count("referral", "id = ?1", id)).isZero();
        assertThat(rows.events(id, "referral.records-destroyed")).singleElement().satisfies(event ->
                assertThat(event).contains("ERASURE"));
        assertThat(rows.count("record_access", "referral_id = ?1 AND action = 'records erased'", id))
                .isEqualTo(1);
        given().auth().oauth2(Tokens.caseworker()).get("/api/destroyed-records").then().statusCode(200)
                .body("reference", hasItem(reference));
        erase(Tokens.caseworker(), id, Map.of("ground", "WRONG_CHILD", "requestReference", "IG-2026/0042"))
                .statusCode(404);
    }

    @Test
    void anErasureWithoutAGroundTheLawNamesIsRefusedAndNothingIsDestroyed() {
        UUID id = submitted(LocalDate.now().minusYears(9));

        erase(Tokens.caseworker(), id, Map.of("ground", "FAMILY_ASKED", "requestReference", "IG-1"))
                .statusCode(400).body("violations.field", hasItem("ground"));
        erase(Tokens.caseworker(), id, Map.of("ground", "ORDERED")).statusCode(400)
                .body("violations.field", hasItem("requestReference"));
        erase(Tokens.caseworker(), id, Map.of("ground", "ORDERED", "requestReference", "<script>"))
                .statusCode(400).body("violations.field", hasItem("requestReference"));
        erase(Tokens.senco(OAKFIELD), id, Map.of("ground", "ORDERED", "requestReference", "IG-1")).statusCode(403);
        erase(Tokens.clinician("SPEECH_AND_LANGUAGE_THERAPY"), id, Map.of("ground", "ORDERED",
                "requestReference", "IG-1")).statusCode(403);
        erase(Tokens.caseworker(), UUID.randomUUID(), Map.of("ground", "ORDERED", "requestReference", "IG-1"))
                .statusCode(404);
        given().auth().oauth2(Tokens.senco(OAKFIELD)).get("/api/destroyed-records").then().statusCode(403);

        assertThat(rows.count("referral", "id = ?1", id)).isEqualTo(1);
        assertThat(rows.count("destroyed_record", "referral_id = ?1", id)).isZero();
        assertThat(rows.events(id, "referral.records-destroyed")).isEmpty();
    }

    @Test
    void theRegisterIsAppendOnlyForTheService() {
        assertThatThrownBy(() -> rows.update("DELETE FROM destroyed_record")).hasStackTraceContaining(
                "permission denied");
        assertThatThrownBy(() -> rows.update("UPDATE destroyed_record SET destroyed_by = 'nobody'"))
                .hasStackTraceContaining("permission denied");
    }

    private UUID closed(LocalDate born, LocalDate careEnded) {
        UUID id = submitted(born);
        given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .body(Map.of("reason", "The family moved away")).post("/api/referrals/{id}/withdraw", id)
                .then().statusCode(200);
        rows.update("UPDATE status_change SET changed_at = ?2 WHERE referral_id = ?1 AND to_status = 'CLOSED'", id,
                OffsetDateTime.of(careEnded.atTime(12, 0), ZoneOffset.UTC));
        return id;
    }

    /** A referral submitted today, with an idempotency key, for a child born on the day given. */
    private UUID submitted(LocalDate born) {
        Map<String, Object> body = ReferralRequests.valid(OAKFIELD);
        UUID id = UUID.fromString(given().auth().oauth2(Tokens.senco(OAKFIELD)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/api/referrals").then().statusCode(201).extract().path("id"));
        // The school's form refuses an adult's date of birth for a new referral; the years are what the test is about.
        rows.update("UPDATE referral SET child_date_of_birth = ?2 WHERE id = ?1", id, born);
        return id;
    }

    private static ValidatableResponse erase(String token, UUID id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/referrals/{id}/erasure", id).then();
    }
}
