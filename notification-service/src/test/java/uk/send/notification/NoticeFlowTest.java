package uk.send.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventJson;
import uk.send.contracts.EventMetadata;
import uk.send.contracts.EventType;
import uk.send.contracts.Priority;
import uk.send.contracts.RecipientType;
import uk.send.contracts.ReprioritisationReason;
import uk.send.contracts.Topics;
import uk.send.contracts.TransitionType;
import uk.send.contracts.WaitingUpdateReason;
import uk.send.contracts.referral.ReferralChildCorrected;
import uk.send.contracts.referral.ReferralContactsChanged;
import uk.send.contracts.referral.ReferralFamilyInvited;
import uk.send.contracts.referral.ReferralFamilyLinked;
import uk.send.contracts.referral.ReferralFamilyUnlinked;
import uk.send.contracts.referral.ReferralReprioritised;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.referral.SupportOffer;
import uk.send.contracts.referral.ReferralWaitingUpdate;
import uk.send.contracts.ehc.EhcAssessmentUpdated;
import uk.send.contracts.ehc.EhcDeadlineApproaching;
import uk.send.contracts.ehc.EhcLimit;
import uk.send.contracts.ehc.EhcStep;
import uk.send.contracts.transition.TransitionAdultHandoverPlanned;
import uk.send.contracts.transition.TransitionDue;
import uk.send.outbox.deadletter.DeadLetter;
import uk.send.testservers.Database;
import uk.send.testservers.EventSchemas;
import uk.send.testservers.EventSender;
import uk.send.testservers.ManagementInterface;
import uk.send.testservers.MailServer;
import uk.send.testservers.TopicReader;
import uk.send.testservers.Tokens;

@QuarkusTest
class NoticeFlowTest {

    private final Database database = new Database("notification");
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
    void aSubmissionAcknowledgesToTheSchoolAndTellsTheFamilyWhatHappensNext() {
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, Referrals.emailContact(id)));

        MimeMessage school = Mail.awaitMessages(Referrals.school(id), 1).get(0);
        MimeMessage family = Mail.awaitMessages(Referrals.family(id), 1).get(0);
        assertThat(Mail.subject(school)).isEqualTo("Referral received: Amara for speech and language therapy");
        assertThat(Mail.subject(family)).isEqualTo("Amara has been referred to speech and language therapy");
        assertThat(Mail.body(family)).contains("What happens next").contains("https://send.example.org/family");
    }

    @Test
    void acceptanceTellsFamilyAndSchoolThePlaceTheWaitAndTheSupportWhileWaiting() {
        UUID id = submitted();
        referralService.send(id.toString(), Referrals.accepted(id));

        String family = Mail.body(Mail.awaitMessages(Referrals.family(id), 2).get(1));
        assertThat(family).contains("Priority: priority").contains("Place on the waiting list: 12")
                .contains("about 18 weeks").contains("Chatterbox drop-in: Fortnightly at the family hub");
        assertThat(Mail.body(Mail.awaitMessages(Referrals.school(id), 2).get(1)))
                .contains("Place on the waiting list: 12");
    }

    @Test
    void aCorrectedNameIsTheOneTheNextNoticeUses() {
        UUID id = submitted();
        Mail.awaitMessages(Referrals.family(id), 1);
        referralService.send(id.toString(), new ReferralChildCorrected(id, new ReferralSubmitted.Child("Amarah",
                "Jones", LocalDate.now().minusYears(7), "9434765919", null, null), Instant.now()));
        referralService.send(id.toString(), Referrals.accepted(id));

        assertThat(Mail.subject(Mail.awaitMessages(Referrals.family(id), 2).get(1))).contains("Amarah");
    }

    @Test
    void aRequestForInformationGoesToTheSchoolOnly() {
        UUID id = submitted();
        referralService.send(id.toString(), Referrals.informationRequested(id));

        assertThat(Mail.body(Mail.awaitMessages(Referrals.school(id), 2).get(1)))
                .contains("Has a hearing test been done?");
        // One notice for the change, the school's: the family was not written to about it.
        assertThat(notices(id, "referral.status-changed")).isEqualTo(1);
        // The family's only mail is the submission notice, whenever its delivery finishes.
        assertThat(Mail.awaitMessages(Referrals.family(id), 1)).extracting(Mail::subject)
                .containsExactly("Amara has been referred to speech and language therapy");
    }

    @Test
    void reprioritisationTellsFamilyAndSchool() {
        UUID id = submitted();
        referralService.send(id.toString(), new ReferralReprioritised(id,
                ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, "100001", Priority.ROUTINE, Priority.URGENT,
                ReprioritisationReason.DETERIORATION, "Amara has stopped speaking at school", 2, 3, Instant.now()));

        assertThat(Mail.body(Mail.awaitMessages(Referrals.family(id), 2).get(1)))
                .contains("changed its priority to urgent").contains("Amara has stopped speaking at school");
        Mail.awaitMessages(Referrals.school(id), 2);
    }

    @Test
    void aDeclineClosesWithTheReasonAndSignpostingToSchoolAndFamily() {
        UUID id = submitted();
        referralService.send(id.toString(), Referrals.declined(id));

        String family = Mail.body(Mail.awaitMessages(Referrals.family(id), 2).get(1));
        assertThat(family).contains("decided not to offer Amara an appointment")
                .contains("Talking Together programme at the family hub: 01234 567890");
        assertThat(Mail.subject(Mail.awaitMessages(Referrals.school(id), 2).get(1)))
                .isEqualTo("Amara's referral to speech and language therapy is now closed");
    }

    @Test
    void aWelshSpeakingFamilyIsToldOfTheClosureInWelsh() {
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, Referrals.contact(Referrals.family(id), null,
                null, Channel.EMAIL, "cy", AccessibleFormat.NONE)));
        referralService.send(id.toString(), Referrals.withdrawn(id));

        MimeMessage closure = Mail.awaitMessages(Referrals.family(id), 2).get(1);
        assertThat(Mail.subject(closure)).startsWith("Mae atgyfeiriad Amara");
        assertThat(Mail.body(closure)).contains("wedi'i dynnu'n ôl");
    }

    @Test
    void aRedeliveredEventWritesNothingNew() {
        UUID id = submitted();
        EventMetadata closure = new EventMetadata(UUID.randomUUID(), "referral.status-changed",
                URI.create("/referral-service"), Instant.now(), id.toString());
        String payload = EventJson.write(Referrals.withdrawn(id));

        referralService.send(Topics.REFERRAL_EVENTS, id.toString(), closure, payload);
        referralService.send(Topics.REFERRAL_EVENTS, id.toString(), closure, payload);
        referralService.send(id.toString(), Referrals.accepted(id));

        Mail.awaitMessages(Referrals.family(id), 3);
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> notices(id, "referral.status-changed") == 4);
        assertThat(database.number("SELECT count(*) FROM notice WHERE cause_event_id = ?", closure.id()))
                .isEqualTo(2);
        assertThat(MailServer.to(Referrals.family(id))).hasSize(3);
    }

    @Test
    void aClosureWhileTheMailServerIsDownIsDeliveredOnceItIsBack() {
        UUID id = submitted();
        Mail.awaitMessages(Referrals.family(id), 1);
        MailServer.stop();
        try {
            referralService.send(id.toString(), Referrals.withdrawn(id));
            await().atMost(Duration.ofSeconds(30)).until(() -> database.number(
                    "SELECT count(*) FROM delivery_attempt a JOIN notice n ON n.id = a.notice_id "
                            + "WHERE n.referral_id = ? AND a.outcome = 'TEMPORARY_FAILURE'", id) >= 2);
        } finally {
            MailServer.start();
        }
        // The restarted server starts empty: exactly one closure notice each must arrive.
        await().atMost(Duration.ofSeconds(60)).until(() -> MailServer.to(Referrals.family(id)).size() == 1
                && MailServer.to(Referrals.school(id)).size() == 1);
        assertThat(Mail.subject(MailServer.to(Referrals.family(id)).get(0))).contains("is now closed");
        // A mail goes out before the attempt that marks its notice sent is recorded: once none is pending, none is
        // to come.
        await().atMost(Duration.ofSeconds(30)).until(() -> database.number("SELECT count(*) FROM notice "
                + "WHERE referral_id = ? AND status = 'PENDING'", id) == 0);
        assertThat(MailServer.to(Referrals.family(id))).hasSize(1);
        assertThat(MailServer.to(Referrals.school(id))).hasSize(1);
    }

    @Test
    void aContactWhoPrefersTextMessagesIsTextedTheShortVersionThroughTheTextMessageService() {
        UUID id = UUID.randomUUID();
        String mobile = "07700 9" + String.format("%05d", Math.floorMod(id.hashCode(), 100000));
        referralService.send(id.toString(), Referrals.submitted(id, Referrals.contact(null, mobile, null,
                Channel.SMS, "en", AccessibleFormat.NONE)));

        await().atMost(Duration.ofSeconds(30)).until(() -> !TextMessageService.service.to(mobile).isEmpty());
        String text = TextMessageService.service.to(mobile).get(0).body();
        assertThat(text).startsWith("Amara has been referred").contains("/family (reference ")
                .doesNotContain("Dear Grace");
        assertThat(TextMessage.parts(text)).isLessThanOrEqualTo(TextMessage.MOST_PARTS);
        await().atMost(Duration.ofSeconds(30)).until(() -> "SMS/SENT".equals(database.text("SELECT channel || '/' "
                + "|| status FROM notice WHERE referral_id = ? AND recipient_type = 'FAMILY'", id)));
        assertThat(database.text("SELECT provider_id::text FROM delivery_attempt a JOIN notice n ON n.id = "
                + "a.notice_id WHERE n.referral_id = ? AND n.recipient_type = 'FAMILY'", id))
                .isEqualTo(TextMessageService.service.to(mobile).get(0).id().toString());
    }

    @Test
    void aNumberThatCannotBeTextedGetsALargePrintLetterInsteadAndTheCaseWorkerIsTold() {
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, Referrals.contact(null, "01234 567890",
                new ReferralSubmitted.PostalAddress("1 Oak Lane", null, "OK1 2AB"), Channel.SMS, "en",
                AccessibleFormat.LARGE_PRINT)));

        await().atMost(Duration.ofSeconds(30)).until(() -> database.number(
                "SELECT count(*) FROM letter l JOIN notice n ON n.id = l.notice_id WHERE n.referral_id = ?", id) == 1);
        assertThat(database.text("SELECT l.status || '/' || l.large_print FROM letter l JOIN notice n "
                + "ON n.id = l.notice_id WHERE n.referral_id = ?", id)).isEqualTo("READY/true");
        assertThat(database.text("SELECT string_agg(a.channel || ':' || a.outcome, ',' ORDER BY a.id) "
                + "FROM delivery_attempt a JOIN notice n ON n.id = a.notice_id WHERE n.referral_id = ? "
                + "AND n.recipient_type = 'FAMILY'", id)).isEqualTo("SMS:PERMANENT_FAILURE,LETTER:SENT");
        await().atMost(Duration.ofSeconds(30)).until(() -> database.number("SELECT count(*) FROM notice "
                + "WHERE referral_id = ? AND recipient_type = 'CASEWORKER'", id) == 1);
    }

    @Test
    void aContactWhoPrefersTextMessagesButCannotBeTextedIsEmailedRatherThanWaitingForALetter() {
        UUID id = UUID.randomUUID();
        // A landline: the text message service refuses it, as GOV.UK Notify would.
        referralService.send(id.toString(), Referrals.submitted(id, Referrals.contact(Referrals.family(id),
                "01234 567890", new ReferralSubmitted.PostalAddress("1 Oak Lane", null, "OK1 2AB"), Channel.SMS,
                "en", AccessibleFormat.NONE)));

        assertThat(Mail.subject(Mail.awaitMessages(Referrals.family(id), 1).get(0))).contains("has been referred");
        // The attempt is recorded as the mail goes, in the same transaction: waited for, not raced.
        await().atMost(Duration.ofSeconds(30)).until(() -> "SMS:PERMANENT_FAILURE,EMAIL:SENT".equals(database.text(
                "SELECT string_agg(a.channel || ':' || a.outcome, ',' ORDER BY a.attempted_at) "
                + "FROM delivery_attempt a JOIN notice n ON n.id = a.notice_id WHERE n.referral_id = ? "
                + "AND n.recipient_type = 'FAMILY'", id)));
        assertThat(database.number("SELECT count(*) FROM letter l JOIN notice n ON n.id = l.notice_id "
                + "WHERE n.referral_id = ?", id)).isZero();
    }

    @Test
    void aContactNobodyCanReachIsHeldAsALetterAndTheCaseWorkerIsTold() {
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, Referrals.contact(null, null, null,
                Channel.LETTER, "en", AccessibleFormat.NONE)));
        referralService.send(id.toString(), Referrals.withdrawn(id));

        await().atMost(Duration.ofSeconds(30)).until(() -> database.number(
                "SELECT count(*) FROM notice WHERE referral_id = ? AND recipient_type = 'FAMILY' "
                        + "AND status = 'HELD'", id) == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> MailServer.received().stream()
                .filter(m -> Mail.subject(m).startsWith("Action needed"))
                .filter(m -> Mail.body(m).contains(id.toString())).count() == 2);
        given().auth().oauth2(Tokens.caseworker()).get("/api/closure-audit").then().statusCode(200)
                .body("notNotifiedWithinSla", hasItem(id.toString()));
    }

    @Test
    void aTransitionTellsTheFamilyTheSchoolAndTheCaseWorker() {
        UUID id = submittedAndKnown();
        try (EventSender transitions = new EventSender("/transition-service")) {
            transitions.send(UUID.randomUUID().toString(), new TransitionDue(UUID.randomUUID(),
                    TransitionType.SECONDARY_SCHOOL, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 2, 15),
                    LocalDate.of(2026, 11, 23), 6, "MAINSTREAM", "100001", List.of(id),
                    List.of(RecipientType.FAMILY, RecipientType.SCHOOL, RecipientType.CASEWORKER)));
        }
        assertThat(Mail.body(Mail.awaitMessages(Referrals.family(id), 2).get(1)))
                .contains("moving to secondary school").contains("15 February 2027").contains("23 November 2026");
        Mail.awaitMessages(Referrals.school(id), 2);
        assertThat(database.number("SELECT count(*) FROM notice WHERE referral_id = ? "
                + "AND cause_event_type = 'transition.due'", id)).isEqualTo(3);
    }

    @Test
    void eachStepOfAnEhcAssessmentTellsTheFamilyAndTheSchoolAndADecisionNotToAssessSaysHowToAppeal() {
        UUID id = submittedAndKnown();
        UUID assessment = UUID.randomUUID();
        try (EventSender transitions = new EventSender("/transition-service")) {
            transitions.send(UUID.randomUUID().toString(), new EhcAssessmentUpdated(assessment, "EHC-4KQ7-9TXK",
                    UUID.randomUUID(), EhcStep.DRAFT_SENT, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 7, 13),
                    LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 16), "100001", List.of(id),
                    List.of(RecipientType.FAMILY, RecipientType.SCHOOL)));
            transitions.send(UUID.randomUUID().toString(), new EhcAssessmentUpdated(UUID.randomUUID(),
                    "EHC-4KQ7-9TXK", UUID.randomUUID(), EhcStep.NOT_ASSESSING, LocalDate.of(2026, 11, 2),
                    LocalDate.of(2026, 11, 9), LocalDate.of(2027, 1, 18), null, "100001", List.of(id),
                    List.of(RecipientType.FAMILY, RecipientType.SCHOOL)));
        }
        List<String> family = Mail.awaitMessages(Referrals.family(id), 3).stream().map(Mail::body).toList();
        assertThat(family).anySatisfy(body -> assertThat(body).contains("sent a draft education, health and care")
                .contains("16 November 2026").contains("which school or college").contains("EHC-4KQ7-9TXK"));
        assertThat(family).anySatisfy(body -> assertThat(body).contains("decided not to carry out")
                .contains("First-tier Tribunal").contains("mediation adviser").contains("2 months"));
        List<String> school = Mail.awaitMessages(Referrals.school(id), 3).stream().map(Mail::body).toList();
        assertThat(school).anySatisfy(body -> assertThat(body).contains("decided not to carry out")
                .doesNotContain("First-tier"));
    }

    @Test
    void anEhcStepForAChildWithNoContactsHeldAsksTheCaseWorkersToTellThemAndRemindersComeBeforeTheDay() {
        UUID child = UUID.randomUUID();
        try (EventSender transitions = new EventSender("/transition-service")) {
            transitions.send(child.toString(), new EhcAssessmentUpdated(UUID.randomUUID(), "EHC-4KQ7-9TXK", child,
                    EhcStep.ASSESSING, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9),
                    LocalDate.of(2027, 1, 18), null, "100001", List.of(), List.of(RecipientType.FAMILY,
                            RecipientType.SCHOOL)));
            transitions.send(child.toString(), new EhcDeadlineApproaching(child, UUID.randomUUID(), "EHC-4KQ7-9TXK",
                    EhcLimit.ADVICE, LocalDate.of(2026, 12, 8), ClinicalService.SPEECH_AND_LANGUAGE_THERAPY));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number("SELECT count(*) FROM notice WHERE "
                + "kind IN ('EHC_UNTOLD', 'EHC_DEADLINE') AND body LIKE '%EHC-4KQ7-9TXK%' AND recipient_type = "
                + "'CASEWORKER' AND created_at > now() - interval '1 minute'") >= 2);
        assertThat(database.text("SELECT body FROM notice WHERE kind = 'EHC_UNTOLD' ORDER BY created_at DESC "
                + "LIMIT 1")).contains("decided to carry out the assessment").contains("neither has been told");
        assertThat(database.text("SELECT subject FROM notice WHERE kind = 'EHC_DEADLINE' ORDER BY created_at DESC "
                + "LIMIT 1")).contains("8 December 2026").contains("speech and language therapy");
    }

    @Test
    void handOverPlanningTellsTheFamilyWhichAdultServiceTakesOverAndWhenButNeverTheSchool() {
        UUID id = submittedAndKnown();
        try (EventSender transitions = new EventSender("/transition-service")) {
            transitions.send(UUID.randomUUID().toString(), new TransitionAdultHandoverPlanned(UUID.randomUUID(), id,
                    ClinicalService.CAMHS, ClinicalService.ADULT_MENTAL_HEALTH, LocalDate.of(2027, 5, 20),
                    List.of(RecipientType.CASEWORKER, RecipientType.FAMILY)));
        }
        assertThat(Mail.body(Mail.awaitMessages(Referrals.family(id), 2).get(1)))
                .contains("adult mental health services").contains("20 May 2027")
                .contains("keeps their place in the wait").doesNotContain("turns 18");
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number("SELECT count(*) FROM notice "
                + "WHERE referral_id = ? AND cause_event_type = 'transition.adult-handover-planned'", id) == 2);
        assertThat(database.number("SELECT count(*) FROM notice WHERE referral_id = ? AND recipient_type = 'SCHOOL' "
                + "AND cause_event_type = 'transition.adult-handover-planned'", id)).isZero();
    }

    @Test
    void aWaitingFamilyHearsTheirPlaceAndWaitAgainWithTheSupportAndTheSchoolIsNotWrittenTo() {
        UUID id = submitted();
        referralService.send(id.toString(), new ReferralWaitingUpdate(id, ClinicalService.SPEECH_AND_LANGUAGE_THERAPY,
                "100001", 9, 14, List.of(new SupportOffer("Speech and language drop-in",
                "Fortnightly at the family hub", null)), WaitingUpdateReason.DUE, Instant.now()));

        assertThat(Mail.body(Mail.awaitMessages(Referrals.family(id), 2).get(1)))
                .contains("Place on the waiting list today: 9").contains("about 14 weeks")
                .contains("Speech and language drop-in");
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number("SELECT count(*) FROM notice "
                + "WHERE referral_id = ? AND kind = 'WAITING_UPDATE'", id) == 1);
        assertThat(database.number("SELECT count(*) FROM notice WHERE referral_id = ? AND kind = 'WAITING_UPDATE' "
                + "AND recipient_type = 'SCHOOL'", id)).isZero();
    }

    @Test
    void withNoAdultServiceOnlyTheCaseWorkerIsAskedToDecide() {
        UUID id = submittedAndKnown();
        try (EventSender transitions = new EventSender("/transition-service")) {
            transitions.send(UUID.randomUUID().toString(), new TransitionAdultHandoverPlanned(UUID.randomUUID(), id,
                    ClinicalService.COMMUNITY_PAEDIATRICS, null, LocalDate.of(2027, 9, 1),
                    List.of(RecipientType.CASEWORKER)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number("SELECT count(*) FROM notice "
                + "WHERE referral_id = ? AND cause_event_type = 'transition.adult-handover-planned'", id) == 1);
        assertThat(database.number("SELECT count(*) FROM notice WHERE referral_id = ? AND recipient_type = "
                + "'CASEWORKER' AND cause_event_type = 'transition.adult-handover-planned'", id)).isEqualTo(1);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterQueueAndLaterEventsStillFlow() {
        UUID poison = UUID.randomUUID();
        referralService.send(Topics.REFERRAL_EVENTS, poison.toString(), new EventMetadata(UUID.randomUUID(),
                "referral.submitted", URI.create("/referral-service"), Instant.now(), poison.toString()),
                "{\"referralId\": ");
        UUID unknown = UUID.randomUUID();
        referralService.send(unknown.toString(), Referrals.withdrawn(unknown));

        try (TopicReader reader = new TopicReader(Topics.deadLetter(Topics.REFERRAL_EVENTS))) {
            List<ConsumerRecord<String, String>> dead = reader.readUntil(
                    r -> poison.toString().equals(r.key()) || unknown.toString().equals(r.key()),
                    seen -> seen.size() == 2, Duration.ofSeconds(30));
            assertThat(dead).extracting(r -> EventJson.read(r.value(), DeadLetter.class).reason())
                    .anyMatch(reason -> reason.contains("not a valid ReferralSubmitted"))
                    .anyMatch(reason -> reason.contains("unknown referral"));
        }
        UUID later = submitted();
        Mail.awaitMessages(Referrals.family(later), 1);
    }

    @Test
    void deliveriesArePublishedAsNotificationEventsThatMatchTheirSchema() {
        UUID id = submitted();
        try (TopicReader reader = new TopicReader(Topics.NOTIFICATION_EVENTS)) {
            List<ConsumerRecord<String, String>> delivered = reader.readUntil(
                    r -> r.value().contains(id.toString()), seen -> seen.size() == 2, Duration.ofSeconds(30));
            for (ConsumerRecord<String, String> record : delivered) {
                assertThat(CloudEventHeaders.read(record.headers()).type()).isEqualTo("notification.delivered");
                assertThat(EventSchemas.violations(EventType.NOTIFICATION_DELIVERED, record.value())).isEmpty();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClosureAuditCountsEveryClosure() {
        Map<String, Object> before = audit();
        UUID notified = submitted();
        referralService.send(notified.toString(), Referrals.withdrawn(notified));
        Mail.awaitMessages(Referrals.family(notified), 2);
        Mail.awaitMessages(Referrals.school(notified), 2);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                number(audit(), "fullyNotified") == number(before, "fullyNotified") + 1);
        Map<String, Object> after = audit();
        assertThat(number(after, "closedReferrals")).isEqualTo(number(before, "closedReferrals") + 1);
        assertThat(number(after, "pending") + number(after, "failed") + number(after, "fullyNotified"))
                .isEqualTo(number(after, "closedReferrals"));
        assertThat((List<Object>) after.get("notNotifiedWithinSla")).doesNotContain(notified.toString());
        ManagementInterface.given().get("/q/metrics").then().body(containsString("closure_audit_fully_notified"));

        // By the same rule, the verdict is published once for the scorecard: told in time.
        await().atMost(Duration.ofSeconds(30)).until(() -> database.number("SELECT count(*) FROM outbox_event "
                + "WHERE event_type = 'notification.closure-verdict' AND aggregate_id = ?", notified.toString()) == 1);
        assertThat(database.text("SELECT payload->>'verdict' FROM outbox_event WHERE event_type = "
                + "'notification.closure-verdict' AND aggregate_id = ?", notified.toString())).isEqualTo("TOLD_IN_TIME");
        assertThat(database.number("SELECT count(*) FROM closure_verdict WHERE referral_id = ?::uuid",
                notified.toString())).isEqualTo(1);
    }

    @Test
    void caseWorkersSeeEveryNoticeOfAReferralAndNobodyElseDoes() {
        UUID id = submitted();
        Mail.awaitMessages(Referrals.family(id), 1);

        given().auth().oauth2(Tokens.caseworker()).get("/api/notifications?referralId=" + id)
                .then().statusCode(200)
                .body("recipientType", containsInAnyOrder("FAMILY", "SCHOOL"))
                .body("eventType", equalTo(List.of("referral.submitted", "referral.submitted")))
                .body("about", equalTo(List.of("SUBMITTED", "SUBMITTED")))
                .body("subject", hasItem(containsString("has been referred")));
        given().auth().oauth2(Tokens.family(Referrals.family(id))).get("/api/notifications?referralId=" + id)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.caseworker()).get("/api/audit?referralId=" + id).then().statusCode(200)
                .body("accesses.what", equalTo(List.of("notices")))
                .body("accesses.who", equalTo(List.of("caseworker")));
        given().auth().oauth2(Tokens.senco("100001")).get("/api/closure-audit").then().statusCode(403);
        given().get("/api/closure-audit").then().statusCode(401);
    }

    @Test
    void aSafeguardingReprioritisationAlertsTheCaseWorkersAndReachesNeitherTheFamilyNorTheSchool() {
        String sentence = "Disclosure by the child of harm at home; strategy discussion with social care on Friday";
        ReferralSubmitted.FamilyContact contact = Referrals.emailContact(UUID.randomUUID());
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, contact));
        referralService.send(id.toString(), new ReferralFamilyLinked(id, contact.contactId(),
                Tokens.subject(contact.email()), Instant.now()));
        // referral-service never publishes the reason of a safeguarding change; were it ever sent, it stays out.
        referralService.send(id.toString(), new ReferralReprioritised(id, ClinicalService.CAMHS, "100001",
                Priority.ROUTINE, Priority.URGENT, ReprioritisationReason.SAFEGUARDING, sentence, 1, 1,
                Instant.now()));
        // A later event on the same partition: once its notices exist, the re-prioritisation has been handled.
        referralService.send(id.toString(), Referrals.accepted(id));
        Mail.awaitMessages(contact.email(), 2);
        Mail.awaitMessages(Referrals.school(id), 2);

        List<Map<String, Object>> notices = given().auth().oauth2(Tokens.caseworker())
                .get("/api/notifications?referralId=" + id).then().statusCode(200).extract().jsonPath().getList("");
        assertThat(notices).filteredOn(n -> "referral.reprioritised".equals(n.get("eventType")))
                .extracting(n -> n.get("recipientType")).containsExactly("CASEWORKER");
        assertThat(notices.toString()).doesNotContain("Disclosure by the child");
        MimeMessage alert = MailServer.to("send.casework@council.example.org").stream()
                .filter(m -> Mail.body(m).contains(id.toString())).findFirst().orElseThrow();
        assertThat(Mail.subject(alert)).startsWith("Safeguarding:");
        assertThat(Mail.body(alert)).doesNotContain("Disclosure by the child", "Amara");
        for (String address : List.of(contact.email(), Referrals.school(id))) {
            assertThat(MailServer.to(address)).as(address).hasSize(2)
                    .allSatisfy(m -> assertThat(Mail.body(m)).doesNotContain("Disclosure", "changed its priority"));
        }
        given().auth().oauth2(Tokens.family(contact.email())).get("/api/family/notifications").then()
                .statusCode(200).body("body", not(hasItem(containsString("Disclosure"))));
    }

    @Test
    void aYoungPersonIsToldWhatTheyCanDecideAndTheirParentIsToldAsBefore() {
        ReferralSubmitted.FamilyContact parent = Referrals.emailContact(UUID.randomUUID());
        ReferralSubmitted.FamilyContact own = new ReferralSubmitted.FamilyContact(UUID.randomUUID(), "Amara Jones",
                null, "young-" + UUID.randomUUID() + "@example.org", null, null, Channel.EMAIL, "en",
                AccessibleFormat.NONE, true);
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, parent, own));

        assertThat(Mail.body(Mail.awaitMessages(own.email(), 1).get(0)))
                .contains("You are now old enough to make decisions about your own support");
        assertThat(Mail.body(Mail.awaitMessages(parent.email(), 1).get(0))).doesNotContain("old enough");
    }

    @Test
    void anInvitationGoesToItsContactAloneWithTheCodeAndTheDayItExpires() {
        ReferralSubmitted.FamilyContact invited = Referrals.emailContact(UUID.randomUUID());
        ReferralSubmitted.FamilyContact other = Referrals.emailContact(UUID.randomUUID());
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, invited, other));
        referralService.send(id.toString(), new ReferralFamilyInvited(id, invited.contactId(), "K7QD-M2XP",
                Instant.parse("2026-12-29T12:00:00Z"), Instant.now()));

        MimeMessage invitation = Mail.awaitMessages(invited.email(), 2).stream()
                .filter(m -> Mail.subject(m).startsWith("Follow")).findFirst().orElseThrow();
        assertThat(Mail.body(invitation)).contains("K7QD-M2XP").contains("until 29 December 2026");
        assertThat(MailServer.to(other.email())).extracting(Mail::subject).noneMatch(s -> s.startsWith("Follow"));
        assertThat(MailServer.to(Referrals.school(id))).extracting(Mail::subject)
                .noneMatch(s -> s.startsWith("Follow"));
    }

    @Test
    void aFamilyReadsTheNoticesOfTheContactsItIsLinkedToAndNoOneElses() {
        ReferralSubmitted.FamilyContact contact = Referrals.emailContact(UUID.randomUUID());
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, contact));
        UUID other = submitted();
        String account = contact.email();
        referralService.send(id.toString(), new ReferralFamilyLinked(id, contact.contactId(),
                Tokens.subject(account), Instant.now()));
        Mail.awaitMessages(Referrals.family(other), 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(Tokens.family(account))
                .get("/api/family/notifications").then().extract().jsonPath().getList("").size() == 1);

        given().auth().oauth2(Tokens.family(account)).get("/api/family/notifications")
                .then().statusCode(200)
                .body("referralId", equalTo(List.of(id.toString())))
                .body("referralStatus", equalTo(List.of("SUBMITTED")))
                .body("subject", hasItem("Amara has been referred to speech and language therapy"));
        // One referral's notices, a page at a time, each saying what it is about and in which language it is written.
        given().auth().oauth2(Tokens.family(account)).get("/api/family/notifications?referralId=" + id
                + "&page=1&size=1").then().statusCode(200)
                .body("about", equalTo(List.of("SUBMITTED"))).body("language", equalTo(List.of("en")));
        given().auth().oauth2(Tokens.family(account)).get("/api/family/notifications?referralId=" + id
                + "&page=2&size=1").then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        given().auth().oauth2(Tokens.family(account)).get("/api/family/notifications?referralId=" + other)
                .then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        given().auth().oauth2(Tokens.family(account)).get("/api/family/notifications?size=500").then()
                .statusCode(400);
        // The link in every notice leads on to the family's page of referrals and messages.
        given().auth().oauth2(Tokens.family(account)).redirects().follow(false).accept("text/html").get("/family")
                .then().statusCode(303).header("Location", containsString("/family/referrals"));
        given().auth().oauth2(Tokens.caseworker()).get("/api/audit?referralId=" + id).then().statusCode(200)
                .body("accesses.what", hasItem("family inbox")).body("accesses.who", hasItem(account))
                .body("accesses.role", hasItem("family"));
        // The email in a token opens nothing: another account claiming the linked address sees nothing.
        given().auth().oauth2(Tokens.familyWithEmail("someone-else", account, true))
                .get("/api/family/notifications").then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        given().auth().oauth2(Tokens.familyWithEmail(account, account, false))
                .get("/api/family/notifications").then().statusCode(403);
        given().auth().oauth2(Tokens.caseworker()).get("/api/family/notifications").then().statusCode(403);
        // In a browser, the page sends a family member to sign in first.
        given().redirects().follow(false).accept("text/html").get("/family").then().statusCode(302);

        referralService.send(id.toString(), new ReferralFamilyUnlinked(id, contact.contactId(), Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(Tokens.family(account))
                .get("/api/family/notifications").then().extract().jsonPath().getList("").isEmpty());
    }

    @Test
    void aClosureHeldForWantOfAnAddressIsSentOnceTheContactIsCorrectedAndOnlyOnce() {
        UUID id = UUID.randomUUID();
        ReferralSubmitted.FamilyContact unreachable = Referrals.contact(null, null, null, Channel.LETTER, "en",
                AccessibleFormat.NONE);
        referralService.send(id.toString(), Referrals.submitted(id, unreachable));
        referralService.send(id.toString(), Referrals.withdrawn(id));
        await().atMost(Duration.ofSeconds(30)).until(() -> database.number(
                "SELECT count(*) FROM notice WHERE referral_id = ? AND recipient_type = 'FAMILY' "
                        + "AND status = 'HELD'", id) == 2);

        ReferralSubmitted.FamilyContact corrected = new ReferralSubmitted.FamilyContact(unreachable.contactId(),
                "Grace Jones", "mother", Referrals.family(id), null, null, Channel.EMAIL, "en", AccessibleFormat.NONE);
        referralService.send(id.toString(), new ReferralContactsChanged(id, List.of(corrected), Instant.now()));

        List<MimeMessage> told = Mail.awaitMessages(Referrals.family(id), 2);
        assertThat(told).extracting(Mail::subject).anyMatch(subject -> subject.contains("is now closed"));
        assertThat(database.number("SELECT count(*) FROM notice WHERE referral_id = ? AND recipient_type = 'FAMILY' "
                + "AND status = 'HELD'", id)).isZero();
        // Announced again (a replay, or a later correction), the closure is not sent twice.
        UUID again = referralService.send(id.toString(), new ReferralContactsChanged(id, List.of(corrected),
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> database.number("SELECT count(*) FROM processed_event "
                + "WHERE event_id = ?", again) == 1 && database.number("SELECT count(*) FROM notice "
                + "WHERE referral_id = ? AND status IN ('PENDING', 'HELD')", id) == 0);
        assertThat(MailServer.to(Referrals.family(id))).hasSize(2);
    }

    @Test
    void aCorrectedAddressIsUsedForTheNextNoticeAndTheLinkToTheFamilyAccountIsKept() {
        ReferralSubmitted.FamilyContact contact = Referrals.emailContact(UUID.randomUUID());
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, contact));
        referralService.send(id.toString(), new ReferralFamilyLinked(id, contact.contactId(),
                Tokens.subject(contact.email()), Instant.now()));
        Mail.awaitMessages(contact.email(), 1);
        String corrected = "corrected-" + id + "@example.org";
        referralService.send(id.toString(), new ReferralContactsChanged(id, List.of(
                new ReferralSubmitted.FamilyContact(contact.contactId(), "Grace Jones", "mother", corrected, null,
                        null, Channel.EMAIL, "en", AccessibleFormat.NONE)), Instant.now()));
        referralService.send(id.toString(), Referrals.accepted(id));

        assertThat(Mail.subject(Mail.awaitMessages(corrected, 1).get(0))).contains("waiting list");
        assertThat(MailServer.to(contact.email())).hasSize(1);
        given().auth().oauth2(Tokens.family(contact.email())).get("/api/family/notifications?referralId=" + id)
                .then().statusCode(200).body("about", hasItem("ACCEPTED"));
    }

    private UUID submitted() {
        UUID id = UUID.randomUUID();
        referralService.send(id.toString(), Referrals.submitted(id, Referrals.emailContact(id)));
        return id;
    }

    /**
     * A referral this service has copied already. Transition events travel on their own topic: one that overtook the
     * referral's submission would find no family to tell (see the closing note of the transitions work).
     */
    private UUID submittedAndKnown() {
        UUID id = submitted();
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number(
                "SELECT count(*) FROM referral_copy WHERE referral_id = ?", id) == 1);
        return id;
    }

    private long notices(UUID referral, String eventType) {
        return database.number("SELECT count(*) FROM notice WHERE referral_id = ? AND cause_event_type = ?",
                referral, eventType);
    }

    private static Map<String, Object> audit() {
        return given().auth().oauth2(Tokens.caseworker()).get("/api/closure-audit")
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static long number(Map<String, Object> report, String key) {
        return ((Number) report.get(key)).longValue();
    }
}
