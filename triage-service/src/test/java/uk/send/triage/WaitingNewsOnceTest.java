package uk.send.triage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventJson;
import uk.send.contracts.Topics;
import uk.send.contracts.WaitingUpdateReason;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.triage.TriageWaitingUpdate;
import uk.send.testservers.SubmittedReferral;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.TopicReader;
import uk.send.testservers.Tokens;
import uk.send.triage.waiting.WaitingNews;

/**
 * A waiting family's news is sent once per interval: not before it, and once when it comes however often and however
 * many times at once the check runs. What was sent is kept in the database ({@code waiting_news}), never in the
 * application, so a check after a restart finds it as a check within one run does.
 */
@QuarkusTest
@TestProfile(WaitingNewsOnceTest.EverySixWeeks.class)
class WaitingNewsOnceTest {

    /** Six weeks and a day from today's start. */
    static final Instant SIX_WEEKS_ON = LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC)
            .plus(Duration.ofDays(43));

    public static class EverySixWeeks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("waiting-news.interval-weeks", "6");
        }
    }

    @Inject
    WaitingNews news;

    private final Database database = new Database("triage");

    @Test
    void aWaitingFamilyIsToldAgainOncePerIntervalWhateverRunsAtOnce() throws Exception {
        UUID id = UUID.randomUUID();
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(id.toString(), SubmittedReferral.of(id)
                    .withService(ClinicalService.OCCUPATIONAL_THERAPY).withChild("Nia", LocalDate.now().minusYears(8))
                    .withReason("Handwriting and balance").event());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number(
                "SELECT count(*) FROM triage_case WHERE referral_id = ?", id) == 1);
        given().auth().oauth2(Tokens.clinician("OCCUPATIONAL_THERAPY")).contentType(ContentType.JSON)
                .body(Map.of("priority", "ROUTINE")).post("/api/triage/referrals/{id}/accept", id)
                .then().statusCode(202);

        news.send(Instant.now());
        assertThat(rows(id)).as("the acceptance told the place; nothing new yet").isEqualTo(1);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> check = () -> news.send(SIX_WEEKS_ON);
            for (Future<Integer> result : pool.invokeAll(List.of(check, check))) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(news.send(SIX_WEEKS_ON)).as("a later check the same day sends nothing again").isZero();

        assertThat(rows(id)).isEqualTo(2);
        assertThat(database.text("SELECT reason FROM waiting_news WHERE referral_id = ? AND sequence = 1", id))
                .isEqualTo("DUE");
        try (TopicReader reader = new TopicReader(Topics.TRIAGE_EVENTS)) {
            List<ConsumerRecord<String, String>> updates = reader.readUntil(r -> id.toString().equals(r.key())
                    && "triage.waiting-update".equals(CloudEventHeaders.read(r.headers()).type()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(20));
            updates.addAll(reader.readUntil(r -> id.toString().equals(r.key())
                    && "triage.waiting-update".equals(CloudEventHeaders.read(r.headers()).type()),
                    seen -> true, Duration.ofSeconds(2)));
            assertThat(updates).hasSize(1);
            TriageWaitingUpdate update = EventJson.read(updates.get(0).value(), TriageWaitingUpdate.class);
            assertThat(update.reason()).isEqualTo(WaitingUpdateReason.DUE);
            assertThat(update.waitingListPosition()).isPositive();
        }
    }

    private long rows(UUID id) {
        return database.number("SELECT count(*) FROM waiting_news WHERE referral_id = ?", id);
    }
}
