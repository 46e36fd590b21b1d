package uk.send.triage.scorecard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.EventJson;
import uk.send.contracts.EventMetadata;
import uk.send.contracts.Priority;
import uk.send.contracts.RecipientType;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.ReprioritisationReason;
import uk.send.contracts.Topics;
import uk.send.contracts.TransitionType;
import uk.send.contracts.notification.ClosureNoticeVerdict;
import uk.send.contracts.notification.NotificationClosureVerdict;
import uk.send.contracts.notification.NotificationFailed;
import uk.send.contracts.referral.ReferralReprioritised;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.transition.TransitionDue;
import uk.send.contracts.transition.TransitionInformationIncomplete;
import uk.send.testservers.SubmittedReferral;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.Tokens;

/**
 * A known history of events, fed through Kafka, and every figure of the scorecard checked against it by hand.
 * The history lies in the winter of 2025 to 2026 (London time is UTC then), away from what other tests send now.
 *
 * <pre>
 * R1 CAMHS  received 2025-10-06, accepted 2025-10-20, still waiting          139 days = 19 weeks
 * R2 CAMHS  received 2026-01-06, accepted 01-13, re-prioritised 01-20 (deterioration) and 02-03 (safeguarding),
 *           still waiting                                                     47 days = 6 weeks
 * R3 CAMHS  received 2026-01-07, declined 01-14; school and family told in minutes
 * R4 CAMHS  received 2026-01-08, accepted 01-15, started 02-04, completed 02-10; the family's email failed and
 *           the letter that replaced it went out 4 minutes after the closure
 * R5 SALT   received 2025-01-06, accepted 2025-01-20, still waiting          412 days = 58 weeks
 * R6 CAMHS  received 2026-01-27, withdrawn 02-17; the family's notice failed for good
 * R7 SALT   received 2026-02-02, accepted 02-05, discharged 02-18; the school's notice went 40 minutes late
 * Range 2025-12-22 to 2026-02-22: nine weeks, the first two without events.
 * </pre>
 */
@QuarkusTest
class ScorecardTest {

    private static final String RANGE = "?from=2025-12-22&to=2026-02-22";
    private static final UUID R1 = UUID.randomUUID();
    private static final UUID R2 = UUID.randomUUID();
    private static final UUID R3 = UUID.randomUUID();
    private static final UUID R4 = UUID.randomUUID();
    private static final UUID R5 = UUID.randomUUID();
    private static final UUID R6 = UUID.randomUUID();
    private static final UUID R7 = UUID.randomUUID();
    private static final UUID CHILD_A = UUID.randomUUID();
    private static final UUID CHILD_B = UUID.randomUUID();
    private static final UUID CHILD_C = UUID.randomUUID();
    private static final UUID CHILD_D = UUID.randomUUID();

    private static boolean fed;

    @BeforeAll
    static void feedTheHistory() {
        if (fed) {
            return;
        }
        fed = true;
        try (EventSender referrals = new EventSender("/referral-service");
             EventSender notifications = new EventSender("/notification-service");
             EventSender transitions = new EventSender("/transition-service")) {
            received(referrals, R1, ClinicalService.CAMHS, "2025-10-06T12:00:00Z");
            changed(referrals, R1, ClinicalService.CAMHS, ReferralStatus.ACCEPTED_WAITING, "2025-10-20T12:00:00Z", null);

            received(referrals, R2, ClinicalService.CAMHS, "2026-01-06T10:00:00Z");
            changed(referrals, R2, ClinicalService.CAMHS, ReferralStatus.ACCEPTED_WAITING, "2026-01-13T10:00:00Z", null);
            reprioritised(referrals, R2, ReprioritisationReason.DETERIORATION, "2026-01-20T10:00:00Z");
            reprioritised(referrals, R2, ReprioritisationReason.SAFEGUARDING, "2026-02-03T10:00:00Z");

            received(referrals, R3, ClinicalService.CAMHS, "2026-01-07T10:00:00Z");
            UUID declined = changed(referrals, R3, ClinicalService.CAMHS, ReferralStatus.CLOSED,
                    "2026-01-14T10:00:00Z", ClosureReason.DECLINED);
            verdict(notifications, R3, declined, "2026-01-14T10:00:00Z", ClosureNoticeVerdict.TOLD_IN_TIME, null);

            received(referrals, R4, ClinicalService.CAMHS, "2026-01-08T10:00:00Z");
            changed(referrals, R4, ClinicalService.CAMHS, ReferralStatus.ACCEPTED_WAITING, "2026-01-15T10:00:00Z", null);
            changed(referrals, R4, ClinicalService.CAMHS, ReferralStatus.IN_PROGRESS, "2026-02-04T10:00:00Z", null);
            EventMetadata completed = metadata("referral.status-changed", R4);
            String completion = EventJson.write(statusChanged(R4, ClinicalService.CAMHS, ReferralStatus.CLOSED,
                    "2026-02-10T09:00:00Z", ClosureReason.COMPLETED));
            referrals.send(Topics.REFERRAL_EVENTS, R4.toString(), completed, completion);
            referrals.send(Topics.REFERRAL_EVENTS, R4.toString(), completed, completion);
            // A family notice that failed by email and went by letter: its delivery, not its failure, decides.
            notifications.send(R4.toString(), new NotificationFailed(UUID.randomUUID(), R4, completed.id(),
                    "referral.status-changed", RecipientType.FAMILY, Channel.EMAIL, "mailbox unavailable", true,
                    Instant.parse("2026-02-10T09:01:00Z")));
            NotificationClosureVerdict told = new NotificationClosureVerdict(R4, completed.id(),
                    Instant.parse("2026-02-10T09:00:00Z"), ClosureNoticeVerdict.TOLD_IN_TIME, null, 15,
                    Instant.parse("2026-02-10T09:04:05Z"));
            notifications.send(R4.toString(), told);
            notifications.send(R4.toString(), told);

            received(referrals, R5, ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "2025-01-06T10:00:00Z");
            changed(referrals, R5, ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, ReferralStatus.ACCEPTED_WAITING,
                    "2025-01-20T10:00:00Z", null);

            received(referrals, R6, ClinicalService.CAMHS, "2026-01-27T10:00:00Z");
            UUID withdrawn = changed(referrals, R6, ClinicalService.CAMHS, ReferralStatus.CLOSED,
                    "2026-02-17T12:00:00Z", ClosureReason.WITHDRAWN);
            verdict(notifications, R6, withdrawn, "2026-02-17T12:00:00Z", ClosureNoticeVerdict.NOT_TOLD_IN_TIME,
                    "family notice not delivered");

            received(referrals, R7, ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "2026-02-02T10:00:00Z");
            changed(referrals, R7, ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, ReferralStatus.ACCEPTED_WAITING,
                    "2026-02-05T10:00:00Z", null);
            UUID discharged = changed(referrals, R7, ClinicalService.SPEECH_AND_LANGUAGE_THERAPY,
                    ReferralStatus.CLOSED, "2026-02-18T10:00:00Z", ClosureReason.DISCHARGED);
            verdict(notifications, R7, discharged, "2026-02-18T10:00:00Z", ClosureNoticeVerdict.TOLD_LATE,
                    "the last notice reached them after the SLA");

            due(transitions, CHILD_A, TransitionType.ADULT_SERVICES, "2026-05-10", null);
            due(transitions, CHILD_B, TransitionType.ADULT_SERVICES, "2026-07-01", null);
            incomplete(transitions, CHILD_B, TransitionType.ADULT_SERVICES, "2026-07-01", "HEALTH_ADVICE");
            due(transitions, CHILD_C, TransitionType.SECONDARY_SCHOOL, "2026-09-01", "2026-02-15");
            incomplete(transitions, CHILD_C, TransitionType.SECONDARY_SCHOOL, "2026-09-01", "EHC_PLAN_REVIEWED");
            due(transitions, CHILD_D, TransitionType.POST_16, "2026-09-01", "2026-03-31");
            incomplete(transitions, CHILD_D, TransitionType.POST_16, "2026-09-01", "EHC_PLAN_REVIEWED");
        }
        Database database = new Database("triage");
        await().atMost(Duration.ofSeconds(30)).until(() -> database.number(
                "SELECT count(*) FROM scorecard_closure_verdict WHERE referral_id IN (?, ?, ?, ?)", R3, R4, R6, R7) == 4
                && database.number("SELECT count(*) FROM scorecard_transition WHERE child_id = ?", CHILD_D) == 1
                && database.number("SELECT count(*) FROM scorecard_referral WHERE referral_id = ? "
                        + "AND closed_at IS NOT NULL", R7) == 1
                && database.number("SELECT count(*) FROM scorecard_reprioritisation WHERE referral_id = ?", R2) == 2
                && database.number("SELECT count(*) FROM scorecard_transition WHERE child_id = ? "
                        + "AND missing_items <> ''", CHILD_D) == 1);
    }

    @Test
    void waitingNowCountsTheChildrenStillOnTheListByCompletedWeeks() {
        JsonPath scorecard = scorecard(RANGE);
        assertThat(scorecard.getInt("waiting.count")).isEqualTo(3);
        assertThat(scorecard.getInt("waiting.medianWeeks")).isEqualTo(19);
        assertThat(scorecard.getInt("waiting.p90Weeks")).isEqualTo(58);
        assertThat(scorecard.getInt("waiting.over18Weeks")).isEqualTo(2);
        assertThat(scorecard.getInt("waiting.over52Weeks")).isEqualTo(1);
        assertThat(scorecard.getMap("waiting.distribution")).isEqualTo(Map.of(
                "0-5", 0, "6-11", 1, "12-17", 0, "18-25", 1, "26-51", 0, "52+", 1));

        assertThat(scorecard.getList("waitingByService.service")).containsExactly("SPEECH_AND_LANGUAGE_THERAPY",
                "CAMHS");
        assertThat(scorecard.getMap("waitingByService[1]")).containsEntry("count", 2).containsEntry("medianWeeks", 6)
                .containsEntry("p90Weeks", 19).containsEntry("over18Weeks", 1).containsEntry("over52Weeks", 0);
        assertThat(scorecard.getMap("waitingByService[0]")).containsEntry("count", 1)
                .containsEntry("medianWeeks", 58).containsEntry("over52Weeks", 1);
    }

    @Test
    void flowIsCountedWeekByWeekIncludingWeeksWithNothing() {
        JsonPath scorecard = scorecard(RANGE);
        assertThat(scorecard.getList("weeks.weekStarting")).containsExactly("2025-12-22", "2025-12-29",
                "2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09", "2026-02-16");
        assertThat(scorecard.getList("weeks.received", Integer.class)).containsExactly(0, 0, 3, 0, 0, 1, 1, 0, 0);
        assertThat(scorecard.getList("weeks.accepted", Integer.class)).containsExactly(0, 0, 0, 2, 0, 0, 1, 0, 0);
        assertThat(scorecard.getList("weeks.declined", Integer.class)).containsExactly(0, 0, 0, 1, 0, 0, 0, 0, 0);
        assertThat(scorecard.getList("weeks.closed", Integer.class)).containsExactly(0, 0, 0, 1, 0, 0, 0, 1, 2);
        assertThat(scorecard.getList("weeks.reprioritisedForDeterioration", Integer.class))
                .containsExactly(0, 0, 0, 0, 1, 0, 0, 0, 0);
        assertThat(scorecard.getList("weeks.reprioritisedForSafeguarding", Integer.class))
                .containsExactly(0, 0, 0, 0, 0, 0, 1, 0, 0);
        assertThat(scorecard.getMap("closureReasons")).isEqualTo(Map.of("COMPLETED", 1, "DECLINED", 1,
                "DISCHARGED", 1, "WITHDRAWN", 1));
    }

    @Test
    void closureNoticesCountNotificationServicesVerdictOnEachClosureAndListTheExceptions() {
        JsonPath scorecard = scorecard(RANGE);
        assertThat(scorecard.getInt("closureNotices.slaMinutes")).isEqualTo(15);
        assertThat(scorecard.getInt("closureNotices.closures")).isEqualTo(4);
        assertThat(scorecard.getInt("closureNotices.notifiedWithinSla")).isEqualTo(2);
        assertThat(scorecard.getInt("closureNotices.pending")).isZero();
        assertThat(scorecard.getDouble("closureNotices.sharePercent")).isEqualTo(50.0);
        assertThat(scorecard.getList("closureNotices.exceptions.referralId")).containsExactlyInAnyOrder(
                R6.toString(), R7.toString());
        assertThat(scorecard.getList("closureNotices.exceptions.problem")).containsExactlyInAnyOrder(
                "family notice not delivered", "the last notice reached them after the SLA");

        JsonPath camhs = scorecard(RANGE + "&service=CAMHS");
        assertThat(camhs.getInt("closureNotices.closures")).isEqualTo(3);
        assertThat(camhs.getDouble("closureNotices.sharePercent")).isEqualTo(66.7);
        assertThat(camhs.getInt("waiting.count")).isEqualTo(2);
        assertThat(camhs.getList("weeks.received", Integer.class)).containsExactly(0, 0, 3, 0, 0, 1, 0, 0, 0);
    }

    @Test
    void transitionsDueCompletenessAndOverdueReviewsFollowTheRangesEnd() {
        JsonPath february = scorecard(RANGE);
        assertThat(february.getInt("transitions.dueInSixMonths")).isEqualTo(2);
        assertThat(february.getInt("transitions.withCompleteInformation")).isEqualTo(1);
        assertThat(february.getDouble("transitions.completeSharePercent")).isEqualTo(50.0);
        assertThat(february.getMap("transitions.dueByType")).isEqualTo(Map.of("ADULT_SERVICES", 2));
        assertThat(february.getInt("transitions.reviewsOverdueAgainst15February")).isEqualTo(1);
        assertThat(february.getInt("transitions.reviewsOverdueAgainst31March")).isZero();

        JsonPath april = scorecard("?from=2026-03-01&to=2026-04-05");
        assertThat(april.getInt("transitions.dueInSixMonths")).isEqualTo(4);
        assertThat(april.getDouble("transitions.completeSharePercent")).isEqualTo(25.0);
        assertThat(april.getInt("transitions.reviewsOverdueAgainst15February")).isEqualTo(1);
        assertThat(april.getInt("transitions.reviewsOverdueAgainst31March")).isEqualTo(1);
    }

    @Test
    void theBoardGetsTheSameFiguresAsCsv() {
        String csv = given().auth().oauth2(Tokens.withRoles("leader", List.of("leader"), Map.of()))
                .get("/api/scorecard.csv" + RANGE)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines().findFirst()).contains("section,service,period,measure,value");
        assertThat(csv).contains("waiting,ALL,2026-02-22,median_weeks,19\r\n",
                "flow,ALL,2026-01-05,received,3\r\n",
                "flow,ALL,2025-12-22,received,0\r\n",
                "closure_notices,ALL,2025-12-22..2026-02-22,share_percent,50.0\r\n",
                "closure_exception,CAMHS,2026-02-17T12:00:00Z," + R6 + ",family notice not delivered\r\n",
                "transitions,ALL,2026-02-22,reviews_overdue_15_february,1\r\n");
    }

    @Test
    void onlyCaseWorkersAndLeadersSeeItAndABadRangeIsNamed() {
        given().auth().oauth2(Tokens.clinician("CAMHS")).get("/api/scorecard").then().statusCode(403);
        given().auth().oauth2(Tokens.senco("100001")).get("/api/scorecard.csv").then().statusCode(403);
        given().get("/api/scorecard").then().statusCode(401);
        given().auth().oauth2(Tokens.caseworker()).get("/api/scorecard?from=2026-13-01&to=2026-01-01&service=X")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("from"))
                .body("violations.field", hasItem("service"));
        given().auth().oauth2(Tokens.caseworker()).get("/api/scorecard?from=2026-03-01&to=2026-02-01")
                .then().statusCode(400).body("violations.field", hasItem("from"));
    }

    private static JsonPath scorecard(String query) {
        return given().auth().oauth2(Tokens.caseworker()).get("/api/scorecard" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void received(EventSender sender, UUID id, ClinicalService service, String at) {
        sender.send(id.toString(), SubmittedReferral.of(id).withService(service).withReceivedAt(Instant.parse(at))
                .withChild("Amara", LocalDate.parse("2016-05-01")).event());
    }

    private static UUID changed(EventSender sender, UUID id, ClinicalService service, ReferralStatus to, String at,
            ClosureReason reason) {
        return sender.send(id.toString(), statusChanged(id, service, to, at, reason));
    }

    private static ReferralStatusChanged statusChanged(UUID id, ClinicalService service, ReferralStatus to,
            String at, ClosureReason reason) {
        return new ReferralStatusChanged(id, service, "100001", null, to, Instant.parse(at),
                to == ReferralStatus.CLOSED ? null : Priority.ROUTINE, reason == null ? null : "Summary",
                reason, reason == ClosureReason.DECLINED ? List.of("Family hub") : null, null, null, null, null);
    }

    private static void reprioritised(EventSender sender, UUID id, ReprioritisationReason reason, String at) {
        sender.send(id.toString(), new ReferralReprioritised(id, ClinicalService.CAMHS, "100001", Priority.ROUTINE,
                Priority.PRIORITY, reason, "Reason", null, null, Instant.parse(at)));
    }

    private static void verdict(EventSender sender, UUID referral, UUID closure, String closedAt,
            ClosureNoticeVerdict verdict, String problem) {
        Instant closed = Instant.parse(closedAt);
        sender.send(referral.toString(), new NotificationClosureVerdict(referral, closure, closed, verdict, problem, 15,
                closed.plusSeconds(verdict == ClosureNoticeVerdict.NOT_TOLD_IN_TIME ? 16 * 60 : 5 * 60)));
    }

    private static void due(EventSender sender, UUID child, TransitionType type, String on, String deadline) {
        sender.send(child.toString(), new TransitionDue(child, type, LocalDate.parse(on),
                deadline == null ? null : LocalDate.parse(deadline), null, 6, "MAINSTREAM", "100001", List.of(),
                List.of(RecipientType.FAMILY)));
    }

    private static void incomplete(EventSender sender, UUID child, TransitionType type, String on, String missing) {
        sender.send(child.toString(), new TransitionInformationIncomplete(child, type, LocalDate.parse(on),
                List.of(missing), "MAINSTREAM", "100001", List.of(), List.of(RecipientType.CASEWORKER)));
    }

    private static EventMetadata metadata(String type, UUID subject) {
        return new EventMetadata(UUID.randomUUID(), type, URI.create("/referral-service"), Instant.now(),
                subject.toString());
    }
}
