package uk.send.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import uk.send.launcher.DemoData;
import uk.send.launcher.FamilyInvitations;
import uk.send.launcher.LocalMail;
import uk.send.launcher.LocalTextMessages;
import uk.send.launcher.Platform;
import uk.send.launcher.ServiceApi;
import uk.send.launcher.ServiceProcess;
import uk.send.testservers.Browsers;

/**
 * A referral's whole journey across the four services, each a process of its own, on real PostgreSQL, Kafka,
 * Keycloak and SMTP: a SENCO refers, a clinician triages and closes in the portal in a real browser, and the school
 * and the family hear of every step, each closure exactly once, also when notification-service crashes mid-way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyIT {

    private static final String PORTAL = "/portal";
    private static final String PARENT = "parent.oakfield";
    private static final String PARENT_EMAIL = "parent.oakfield@example.org";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static Platform platform;
    private static ServiceApi api;
    private static LocalMail mail;
    private static Playwright playwright;
    private static Browser browser;
    private static Page portal;

    private static ReferralRequest journey;
    private static UUID journeyId;
    private static UUID declinedId;
    private static ReferralRequest answered;
    private static UUID answeredId;
    private static final List<Submitted> crashBatch = new ArrayList<>();

    private record Submitted(UUID id, ReferralRequest request) {
    }

    @BeforeAll
    static void startThePlatform() throws Exception {
        platform = PlatformUnderTest.get();
        api = new ServiceApi(platform.settings());
        mail = platform.mail();
        playwright = Playwright.create();
        browser = Browsers.chromium(playwright);
        portal = browser.newPage();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    @Order(1)
    void aSencoSubmitsAReferralThatARetryDoesNotRepeat() {
        // A child already seen from the list gives the list a pace, so the family gets an estimated wait.
        UUID seen = submit(ReferralRequest.forSpeechAndLanguage("Seren", RUN));
        triage(seen, "accept", Map.of("priority", "ROUTINE"));
        triage(seen, "start", Map.of());

        journey = ReferralRequest.forSpeechAndLanguage("Amara", PARENT_EMAIL, RUN);
        String key = "journey-" + RUN;
        ServiceApi.Answer first = api.post("referral-service", "/api/referrals", "senco.oakfield", journey.body(),
                Map.of("Idempotency-Key", key)).expect(201);
        ServiceApi.Answer retry = api.post("referral-service", "/api/referrals", "senco.oakfield", journey.body(),
                Map.of("Idempotency-Key", key)).expect(200);
        journeyId = UUID.fromString(first.json().get("id").asText());
        assertThat(retry.json().get("id").asText()).isEqualTo(journeyId.toString());

        awaitStatus(journeyId, "IN_TRIAGE");
        long filed = StreamSupport.stream(queue().get("triage").spliterator(), false)
                .filter(entry -> entry.get("referralId").asText().equals(journeyId.toString())).count();
        assertThat(filed).as("the retried referral is in the triage queue once").isEqualTo(1);
        // A reference people can read aloud, in every notice, that finds the referral again.
        String reference = first.json().get("reference").asText();
        assertThat(reference).matches("SND-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(awaitMail(journey.familyEmail(), "has been referred", 1).get(0)).contains(reference);
        awaitMail(journey.schoolEmail(), "", 1);
        assertThat(api.get("referral-service", "/api/referrals/by-reference/" + reference.toLowerCase()
                .replace("-", ""), "senco.oakfield").expect(200).json().get("id").asText())
                .isEqualTo(journeyId.toString());

        // The parent reads the invitation in their mailbox and enters its code once signed in.
        new FamilyInvitations(platform.settings(), api).accept(PARENT, PARENT_EMAIL, reference);
        JsonNode view = api.get("referral-service", "/api/family/referrals/" + journeyId, PARENT).expect(200).json();
        assertThat(view.get("childName").asText()).startsWith("Amara");
        assertThat(view.get("you").get("email").asText()).isEqualTo(PARENT_EMAIL);
    }

    @Test
    @Order(2)
    void aClinicianAcceptsItInThePortalAndTheFamilyHearsThePlaceTheWaitAndTheSupport() {
        signIn("clinician.salt");
        assertThat(portal.textContent("#triage-queue")).contains("Amara Okoro");
        screenshot("1-worklist");

        open(journeyId);
        portal.check("#accept-priority-PRIORITY");
        screenshot("2-referral");
        portal.click("#accept-submit");
        portal.waitForURL("**/portal?done=accept");
        assertThat(portal.textContent("#waiting-list")).contains("Amara Okoro");
        Browsers.assertAccessible(portal);
        screenshot("3-accepted");

        String notice = awaitMail(journey.familyEmail(), "is on the waiting list", 1).get(0);
        assertThat(notice).contains("Priority:", "Place on the waiting list:", "Estimated wait: about",
                "Speech and language drop-in", "Talking Together programme");
        assertThat(awaitMail(journey.schoolEmail(), "Accepted:", 1).get(0)).contains("Place on the waiting list");
        awaitStatus(journeyId, "ACCEPTED_WAITING");
    }

    @Test
    @Order(3)
    void reprioritisedThenClosedInThePortalTheSchoolAndTheFamilyAreEachToldOfTheClosureOnce() throws Exception {
        open(journeyId);
        portal.selectOption("#reprioritise-priority", "URGENT");
        portal.selectOption("#reprioritise-reasonCategory", "DETERIORATION");
        portal.fill("#reprioritise-reason", "The school reports that Amara has stopped speaking in class.");
        portal.click("#reprioritise-submit");
        portal.waitForURL("**/portal?done=reprioritise");
        awaitMail(journey.familyEmail(), "has changed", 1);

        open(journeyId);
        portal.selectOption("#close-outcome", "COMPLETED");
        portal.fill("#close-summary", "Amara's therapy is finished; her school has a programme to carry on with.");
        portal.click("#close-submit");
        portal.waitForURL("**/portal?done=close");
        screenshot("4-closed");
        Browsers.assertAccessible(portal);

        String closure = awaitMail(journey.familyEmail(), "is now closed", 1).get(0);
        assertThat(closure).contains("has finished its work with Amara", "her school has a programme");
        awaitMail(journey.schoolEmail(), "is now closed", 1);
        awaitStatus(journeyId, "CLOSED");

        awaitNothingPending(List.of(journeyId));
        assertThat(mailsAbout(journey.familyEmail(), "is now closed")).hasSize(1);
        assertThat(mailsAbout(journey.schoolEmail(), "is now closed")).hasSize(1);

        JsonNode inbox = api.get("notification-service", "/api/family/notifications", PARENT).expect(200).json();
        assertThat(StreamSupport.stream(inbox.spliterator(), false)
                .filter(n -> n.get("referralId").asText().equals(journeyId.toString()))
                .map(n -> n.get("subject").asText()))
                .filteredOn(subject -> subject.contains("is now closed")).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> closureAudit().path("fullyNotified").asLong() >= 1);
        assertThat(closureAudit().path("notNotifiedWithinSla").toString()).doesNotContain(journeyId.toString());
        assertThat(statusNotices(journeyId)).isEqualTo(Map.of("SCHOOL:SENT", 2L, "FAMILY:SENT", 2L));

        // The closed referral as an NHS provider's system reads it: the request and its Task both completed.
        JsonNode bundle = api.get("referral-service", "/fhir/Bundle/" + journeyId, "caseworker").expect(200).json();
        assertThat(bundle.path("type").asText()).isEqualTo("collection");
        JsonNode request = resource(bundle, "ServiceRequest");
        assertThat(request.path("status").asText()).isEqualTo("completed");
        assertThat(request.path("priority").asText()).as("urgent is FHIR's asap").isEqualTo("asap");
        JsonNode task = resource(bundle, "Task");
        assertThat(task.path("status").asText()).isEqualTo("completed");
        assertThat(task.path("statusReason").path("coding").path(0).path("code").asText()).isEqualTo("completed");
        assertThat(task.path("focus").path("reference").asText()).isEqualTo("ServiceRequest/" + journeyId);
    }

    private static JsonNode resource(JsonNode bundle, String type) {
        return StreamSupport.stream(bundle.path("entry").spliterator(), false).map(e -> e.path("resource"))
                .filter(r -> r.path("resourceType").asText().equals(type)).findFirst().orElseThrow();
    }

    @Test
    @Order(4)
    void aDeclineTellsTheSchoolAndTheFamilyWhyAndWhereToGetHelp() {
        ReferralRequest declined = ReferralRequest.forSpeechAndLanguage("Bilal", RUN);
        declinedId = submit(declined);

        open(declinedId);
        portal.fill("#decline-reason", "Bilal's needs are met by the school's own speech programme.");
        portal.fill("#decline-signposting", "Talking Together at the family hub: 01234 567890");
        portal.click("#decline-submit");
        portal.waitForURL("**/portal?done=decline");

        for (String address : List.of(declined.familyEmail(), declined.schoolEmail())) {
            assertThat(awaitMail(address, "is now closed", 1).get(0)).contains(
                    "has decided not to offer Bilal an appointment",
                    "met by the school's own speech programme",
                    "Talking Together at the family hub: 01234 567890");
        }
        awaitStatus(declinedId, "CLOSED");
    }

    @Test
    @Order(5)
    void closuresWhileNotificationServiceCrashesAreEachNotifiedExactlyOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            ReferralRequest referral = ReferralRequest.forSpeechAndLanguage("Crash" + i, RUN);
            UUID id = submit(referral);
            triage(id, "accept", Map.of("priority", "ROUTINE"));
            crashBatch.add(new Submitted(id, referral));
        }
        for (Submitted referral : crashBatch) {
            awaitMail(referral.request().familyEmail(), "is on the waiting list", 1);
        }

        ServiceProcess notifications = platform.service("notification-service");
        for (int i = 0; i < crashBatch.size(); i++) {
            if (i == 5) {
                notifications.kill();
            }
            triage(crashBatch.get(i).id(), "close",
                    Map.of("outcome", "DISCHARGED", "summary", "Discharged: the family moved out of the area."));
        }
        notifications.start();

        int schoolNotices = 0;
        int familyNotices = 0;
        int duplicates = 0;
        for (Submitted referral : crashBatch) {
            List<MimeMessage> family = awaitMessages(referral.request().familyEmail(), "is now closed", 1);
            List<MimeMessage> school = awaitMessages(referral.request().schoolEmail(), "is now closed", 1);
            familyNotices += Notices.distinct(family);
            schoolNotices += Notices.distinct(school);
            duplicates += family.size() - Notices.distinct(family) + school.size() - Notices.distinct(school);
        }
        awaitNothingPending(crashBatch.stream().map(Submitted::id).toList());
        for (Submitted referral : crashBatch) {
            assertThat(Notices.distinct(mailsAbout(referral.request().familyEmail(), "is now closed"))).isEqualTo(1);
            assertThat(Notices.distinct(mailsAbout(referral.request().schoolEmail(), "is now closed"))).isEqualTo(1);
            assertThat(statusNotices(referral.id()))
                    .isEqualTo(Map.of("SCHOOL:SENT", 2L, "FAMILY:SENT", 2L));
        }
        System.out.printf("Crash drill: %d closures, %d school and %d family closure notices, %d lost, "
                + "%d re-sent copies of a notice (same Message-ID)%n", crashBatch.size(), schoolNotices,
                familyNotices, 2 * crashBatch.size() - schoolNotices - familyNotices, duplicates);
        assertThat(schoolNotices).isEqualTo(crashBatch.size());
        assertThat(familyNotices).isEqualTo(crashBatch.size());
    }

    @Test
    @Order(6)
    void noOneSeesAReferralTheyHaveNoPartIn() {
        ServiceApi.Answer otherSchool = api.get("referral-service", "/api/referrals/" + journeyId, "senco.riverside");
        assertThat(otherSchool.status()).isEqualTo(404);
        assertThat(otherSchool.text()).doesNotContain("Amara");

        // A family reads its own view, never the staff view, and nothing of another family's child.
        assertThat(api.get("referral-service", "/api/referrals/" + journeyId, PARENT).status()).isEqualTo(403);
        assertThat(api.get("referral-service", "/api/family/referrals/" + journeyId, PARENT).status())
                .isEqualTo(200);
        ServiceApi.Answer otherFamily = api.get("referral-service", "/api/family/referrals/" + declinedId, PARENT);
        assertThat(otherFamily.status()).isEqualTo(404);
        assertThat(otherFamily.text()).doesNotContain("Bilal");

        JsonNode inbox = api.get("notification-service", "/api/family/notifications", PARENT).expect(200).json();
        assertThat(inbox.size()).isPositive();
        Set<String> children = new HashSet<>();
        inbox.forEach(notice -> children.add(notice.get("childName").asText()));
        assertThat(children).containsOnly("Amara");

        assertThat(api.get("triage-service", "/api/triage/queue", "senco.oakfield").status()).isEqualTo(403);
        assertThat(api.get("notification-service", "/api/closure-audit", "clinician.salt").status()).isEqualTo(403);
        assertThat(api.get("referral-service", "/api/referrals/" + journeyId, null).status()).isEqualTo(401);
    }

    @Test
    @Order(9)
    void noServiceLogsAChildsPersonalData() throws Exception {
        Map<String, Object> child = journey.child();
        List<String> personal = List.of((String) child.get("givenName") + " " + child.get("familyName"),
                (String) child.get("familyName"), (String) child.get("dateOfBirth"), (String) child.get("nhsNumber"),
                PARENT_EMAIL, "Bilal Okoro");
        int lines = 0;
        for (String service : Platform.SERVICES) {
            Path log = platform.settings().log(service);
            List<String> logged = Files.readAllLines(log);
            lines += logged.size();
            for (String line : logged) {
                for (String value : personal) {
                    assertThat(line).as(service + " logged personal data").doesNotContain(value);
                }
            }
        }
        System.out.printf("Personal data in logs: %d lines of %d services checked for %d values, none found%n",
                lines, Platform.SERVICES.size(), personal.size());
        assertThat(lines).isPositive();
    }

    @Test
    @Order(7)
    void theParentSignsInSeesTheFamilyViewAndSigningOutEndsTheKeycloakSession() {
        try (BrowserContext context = browser.newContext()) {
            String referrals = "http://localhost:" + platform.settings().servicePorts().get("referral-service")
                    + "/family/referrals";
            Page family = Browsers.signIn(context.newPage(), referrals, PARENT, "demo");

            String card = family.locator("#referral-" + journeyId).innerText();
            assertThat(card).contains("Amara", "speech and language therapy",
                    "Closed: the work with the service is finished", "What happens next", PARENT_EMAIL);
            assertThat(family.content()).doesNotContain("Bilal", "senco@", "Safeguarding");
            Browsers.assertAccessible(family);
            Browsers.screenshot(family, SCREENSHOTS.resolve("family-referrals.png"));

            // A mistyped code is explained on the page, and nothing is linked.
            family.fill("#code", "ABCD EFGH");
            family.click("#code-submit");
            assertThat(family.locator(".govuk-error-summary").innerText()).contains("This code cannot be used");
            Browsers.assertAccessible(family);

            family.click("#sign-out");
            assertThat(family.locator("#kc-page-title").innerText()).contains("You are logged out");

            // The Keycloak session ended too: the page asks for the password again instead of signing back in.
            family.navigate(referrals);
            family.locator("#kc-login").waitFor();
            assertThat(family.url()).doesNotStartWith(referrals);
        }
    }

    @Test
    @Order(8)
    void aCaseWorkerSeesInThePortalEveryoneWhoLookedAtTheChildInEveryService() {
        try (BrowserContext context = browser.newContext()) {
            Page audit = signedIn(context, "caseworker", portalUrl("/audit?referralId=" + journeyId));

            String table = audit.locator("#accesses").innerText();
            assertThat(table).contains("referral-service", "triage-service", "notification-service",
                    "senco.oakfield", "clinician.salt", PARENT, "family view", "referral page", "family inbox");
            assertThat(audit.content()).doesNotContain("did not answer");
            Browsers.assertAccessible(audit);
            Browsers.screenshot(audit, SCREENSHOTS.resolve("portal-audit.png"));
        }
    }

    @Test
    @Order(9)
    void aYoungPersonsCamhsReferralIsPlannedForHandOverAndAtEighteenMovesToAdultServicesKeepingItsDate() {
        // Seventeen years and eight months: hand-over planning starts at once; the referral stays open.
        ReferralRequest planned = ReferralRequest.forSpeechAndLanguage("Tomos", RUN)
                .to("CAMHS", LocalDate.now().minusYears(17).minusMonths(8));
        UUID plannedId = submit(planned);
        List<String> planning = awaitMail(planned.familyEmail(), "adult mental health services", 1);
        assertThat(planning.get(0)).contains("keeps their place in the wait");
        assertThat(api.get("referral-service", "/api/referrals/" + plannedId, "caseworker").json().get("status")
                .asText()).isNotEqualTo("CLOSED");

        // Eighteen today: the children's referral is handed over to adult mental health services at once, with the
        // day it was received, and closed naming it; the family is told of the closure once.
        ReferralRequest eighteen = ReferralRequest.forSpeechAndLanguage("Efa", RUN)
                .to("CAMHS", LocalDate.now().minusYears(18));
        UUID childrensId = UUID.fromString(api.post("referral-service", "/api/referrals", "senco.oakfield",
                eighteen.body()).expect(201).json().get("id").asText());
        awaitStatus(childrensId, "CLOSED");
        JsonNode closed = api.get("referral-service", "/api/referrals/" + childrensId, "caseworker").json();
        assertThat(closed.get("closureReason").asText()).isEqualTo("TRANSFERRED_TO_ADULT_SERVICES");
        String adultId = closed.get("handedOverTo").asText();
        JsonNode adult = api.get("referral-service", "/api/referrals/" + adultId, "caseworker").json();
        assertThat(adult.get("service").asText()).isEqualTo("ADULT_MENTAL_HEALTH");
        assertThat(adult.get("submittedAt").asText()).isEqualTo(closed.get("submittedAt").asText());
        await().atMost(Duration.ofSeconds(60)).until(() -> StreamSupport.stream(api.get("triage-service",
                "/api/triage/queue", "clinician.adultmh").json().get("triage").spliterator(), false)
                .anyMatch(entry -> entry.get("referralId").asText().equals(adultId)));
        List<String> closure = awaitMail(eighteen.familyEmail(), "is now closed", 1);
        assertThat(closure.get(0)).contains("handed over to an adult service")
                .contains("does not need to be referred again");
    }

    @Test
    @Order(10)
    void aChildInAlternativeProvisionIsCorrectedAndCountedInTheTransitionFigures() {
        String child = api.post("transition-service", "/api/children", "caseworker", Map.of(
                "givenName", "Nia", "familyName", "Okoro-" + RUN, "dateOfBirth",
                LocalDate.now().minusYears(10).minusMonths(6).toString(), "setting", "MAINSTREAM",
                "schoolUrn", "100001", "ehcPlan", false, "socialCareInvolved", false))
                .expect(201).json().get("childId").asText();
        api.patch("transition-service", "/api/children/" + child, "caseworker",
                Map.of("setting", "ALTERNATIVE_PROVISION", "ehcPlan", true)).expect(200);

        JsonNode figures = api.get("transition-service", "/api/transitions/figures", "caseworker").expect(200).json();
        JsonNode ap = StreamSupport.stream(figures.spliterator(), false)
                .filter(f -> f.get("setting").asText().equals("ALTERNATIVE_PROVISION")).findFirst().orElseThrow();
        assertThat(ap.get("due").asInt() + ap.get("atRisk").asInt() + ap.get("overdue").asInt()).isPositive();

        // The scorecard shows the same figures per setting, asked of transition-service with the reader's token.
        try (BrowserContext context = browser.newContext()) {
            Page scorecard = signedIn(context, "caseworker", portalUrl("/scorecard"));
            assertThat(scorecard.textContent("#table-transitions-by-setting")).contains("Alternative provision");
            Browsers.assertAccessible(scorecard);
            Browsers.screenshot(scorecard, SCREENSHOTS.resolve("scorecard-settings.png"));
        }
    }

    @Test
    @Order(11)
    void aClinicianAsksTheSchoolWhichAnswersWithAReportThatTheClinicianReadsInThePortalBeforeAccepting()
            throws Exception {
        ReferralRequest asked = ReferralRequest.forSpeechAndLanguage("Dewi", RUN);
        UUID id = submit(asked);
        answered = asked;
        answeredId = id;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            String page = portalUrl("/referrals/" + id);
            Page clinician = signedIn(context, "clinician.salt", page);
            clinician.fill("#request-information-question", "Has Dewi had a hearing test this year?");
            clinician.click("#request-information-submit");
            awaitStatus(id, "MORE_INFORMATION_REQUESTED");
            assertThat(awaitMail(asked.schoolEmail(), "More information needed", 1).get(0))
                    .contains("Has Dewi had a hearing test this year?");

            // The school's system answers through the API, with the audiologist's report.
            byte[] report = "%PDF-1.7\n% hearing test, 12 May: within normal limits\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);
            api.postMultipart("referral-service", "/api/referrals/" + id + "/information", "senco.oakfield",
                    Map.of("answer", "Yes: in May, and it was normal. The audiologist's report is attached."),
                    List.of(new ServiceApi.FilePart("attachment", "hearing-test.pdf", "application/pdf", report)))
                    .expect(200);
            awaitStatus(id, "IN_TRIAGE");
            awaitMail(asked.familyEmail(), "The school has answered", 1);

            clinician.navigate(page);
            assertThat(clinician.textContent(".school-answer")).contains("Yes: in May, and it was normal.");
            Browsers.assertAccessible(clinician);
            Browsers.screenshot(clinician, SCREENSHOTS.resolve("journey-4-school-answer.png"));
            Download download = clinician.waitForDownload(() -> clinician.click("text=hearing-test.pdf"));
            assertThat(Files.readAllBytes(download.path())).isEqualTo(report);

            clinician.check("#accept-priority-ROUTINE");
            clinician.click("#accept-submit");
            clinician.waitForURL("**/portal?done=accept");
            awaitStatus(id, "ACCEPTED_WAITING");
        }
    }

    @Test
    @Order(12)
    void theFamilyPageSummarisesTheWaitAndTheMessagesAndAChangeToTextMessagesTakesEffect() {
        String reference = api.get("referral-service", "/api/referrals/" + answeredId, "caseworker").expect(200)
                .json().get("reference").asText();
        new FamilyInvitations(platform.settings(), api).accept(PARENT, answered.familyEmail(), reference);
        String referrals = "http://localhost:" + platform.settings().servicePorts().get("referral-service")
                + "/family/referrals";
        try (BrowserContext context = browser.newContext()) {
            Page family = signedIn(context, PARENT, referrals);
            Locator card = family.locator("#referral-" + answeredId);
            assertThat(card.locator(".status").innerText()).startsWith("On the waiting list, since ");
            assertThat(card.locator(".waiting-place").innerText()).matches("\\d+(st|nd|rd|th) in the queue.*");
            // The messages sent about this referral, newest first, read from notification-service.
            assertThat(card.locator(".message h4").allInnerTexts()).startsWith("Dewi is on the waiting list for "
                    + "speech and language therapy").anyMatch(subject -> subject.startsWith("The school has answered"));
            assertThat(card.innerText()).contains(reference, "By email: " + answered.familyEmail())
                    .doesNotContain("T00:", "Z.");
            Browsers.assertAccessible(family);
            Browsers.screenshot(family, SCREENSHOTS.resolve("family-summary.png"));

            // Text messages without a number: the page says what is missing, beside the field.
            family.click("#preferences-" + answeredId);
            family.check("#channel-SMS");
            family.fill("#mobile", "");
            family.click("#preferences-submit");
            assertThat(family.locator(".govuk-error-summary").innerText())
                    .contains("Enter your mobile phone number");
            Browsers.assertAccessible(family);
            Browsers.screenshot(family, SCREENSHOTS.resolve("family-preferences.png"));
            family.fill("#mobile", "07700 900555");
            family.click("#preferences-submit");
            family.waitForURL("**/family/referrals?changed=true**");
            assertThat(family.locator("#referral-" + answeredId + " .contact-by").innerText())
                    .startsWith("By text message: 07700 900555");
        }

        // The next notice goes by text message: the short version, to the text message service (which speaks
        // GOV.UK Notify's API, as Notify itself would be spoken to).
        triage(answeredId, "start", Map.of());
        await().atMost(Duration.ofSeconds(60)).until(() -> platform.textMessages().to("07700 900555").stream()
                .anyMatch(text -> text.body().startsWith("Dewi's speech and language therapy has started")));
        assertThat(platform.textMessages().to("07700 900555").stream().map(LocalTextMessages.TextMessage::body)
                .filter(body -> body.startsWith("Dewi's speech")).findFirst().orElseThrow())
                .contains(reference).contains("/family");
        // A case worker on the phone to the family looks the notices up by the reference they read out. The text
        // goes out just before its attempt is recorded: once that is committed, the notice says it was sent.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode started = StreamSupport.stream(api.get("notification-service", "/api/notifications?referralId="
                            + reference.toLowerCase(), "caseworker").expect(200).json().spliterator(), false)
                    .filter(n -> n.get("about").asText().equals("STARTED") && n.get("recipientType").asText()
                            .equals("FAMILY")).findFirst().orElseThrow();
            assertThat(started.get("status").asText()).isEqualTo("SENT");
            assertThat(started.get("channelsTried").toString()).isEqualTo("[\"SMS\"]");
        });
        assertThat(mailsAbout(answered.familyEmail(), "has started")).as("texted, not emailed").isEmpty();
    }

    @Test
    @Order(13)
    @SuppressWarnings("unchecked")
    void anEhcNeedsAssessmentAskedForByTheSchoolEndsInAPlanInWeekNineteenWithHealthAdviceFromThePortal() {
        int onTimeBefore = scorecard().at("/ehc/plansWithinTwentyWeeks/onTime").asInt();
        Map<String, Object> child = (Map<String, Object>) answered.body().get("child");
        String today = LocalDate.now().toString();

        // The SENCO's system asks for an assessment for Dewi; the request had reached the team by email 130 days
        // ago, and the case worker records that day.
        String id = api.post("transition-service", "/api/ehc/assessment-requests", "senco.oakfield",
                Map.of("child", Map.of("givenName", child.get("givenName"), "familyName", child.get("familyName"),
                        "dateOfBirth", child.get("dateOfBirth"), "nhsNumber", child.get("nhsNumber"))))
                .expect(201).json().get("id").asText();
        // Dewi's family now hears by text (step 12), and reads each message in full on the family page.
        awaitFamilyMessage("We have received the request for an EHC needs assessment");
        awaitMail(answered.schoolEmail(), "We have received the request for an EHC needs assessment", 1);
        ehc(id, "", "PATCH", Map.of("requestedOn", LocalDate.now().minusDays(130).toString()));
        ehc(id, "/decision", "POST", Map.of("assess", true, "decidedOn", LocalDate.now().minusDays(100).toString()));
        assertThat(awaitFamilyMessage("We will carry out an EHC needs assessment"))
                .contains("Each has 6 weeks to reply");
        awaitMail(answered.schoolEmail(), "We will carry out an EHC needs assessment", 1);
        ehc(id, "/advice-requests", "POST", Map.of("kind", "HEALTH", "service", "SPEECH_AND_LANGUAGE_THERAPY",
                "requestedOn", LocalDate.now().minusDays(20).toString()));

        // A second assessment, of another child, whose health advice is a week past its 6 weeks.
        String other = api.post("transition-service", "/api/children", "caseworker", Map.of("givenName", "Nia",
                "familyName", "Rees", "dateOfBirth", LocalDate.now().minusYears(9).toString(), "nhsNumber",
                DemoData.nhsNumber(80_000 + (int) (System.currentTimeMillis() % 10_000)), "setting", "MAINSTREAM",
                "schoolUrn", "100001", "ehcPlan", false, "socialCareInvolved", false)).expect(201).json()
                .get("childId").asText();
        String late = api.post("transition-service", "/api/ehc/assessment-requests", "caseworker", Map.of(
                "childId", other, "requestedOn", LocalDate.now().minusDays(70).toString(), "requestedBy", "PARENT"))
                .expect(201).json().get("id").asText();
        ehc(late, "/decision", "POST", Map.of("assess", true, "decidedOn", LocalDate.now().minusDays(60).toString()));
        ehc(late, "/advice-requests", "POST", Map.of("kind", "HEALTH", "service", "SPEECH_AND_LANGUAGE_THERAPY",
                "requestedOn", LocalDate.now().minusDays(50).toString()));

        // The therapist finds both in the portal, the late one marked late, and returns Dewi's advice.
        try (BrowserContext context = browser.newContext()) {
            Page clinician = signedIn(context, "clinician.salt", portalUrl("/advice"));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                clinician.reload();
                assertThat(clinician.textContent("#awaiting-advice")).contains("Dewi", "Nia Rees");
            });
            assertThat(clinician.locator("#awaiting-advice tr", new Page.LocatorOptions().setHasText("Nia Rees"))
                    .textContent()).contains("Late");
            Browsers.assertAccessible(clinician);
            clinician.locator("#awaiting-advice a", new Page.LocatorOptions().setHasText("Dewi")).click();
            assertThat(clinician.textContent("h1")).contains("Health advice for Dewi");
            Browsers.assertAccessible(clinician);
            clinician.check("#knownToService");
            clinician.fill("#advice", "Dewi has a mild receptive language delay. Weekly small-group language work "
                    + "in class, with a therapist's review each term, would meet it.");
            Browsers.screenshot(clinician, SCREENSHOTS.resolve("journey-5-health-advice.png"));
            clinician.click("#return-advice");
            clinician.waitForURL("**/portal/advice?done=returned");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> assessment(id).at("/advice/0/returnedOn").asText()
                .equals(today));
        assertThat(assessment(id).at("/advice/0/late").asBoolean()).isFalse();

        ehc(id, "/draft", "POST", Map.of("sentOn", today));
        assertThat(awaitFamilyMessage("A draft EHC plan for Dewi"))
                .contains("You have until");
        ehc(id, "/final-plan", "POST", Map.of("issuedOn", today));
        assertThat(awaitFamilyMessage("EHC plan has been issued"))
                .contains("First-tier Tribunal", "mediation adviser");
        awaitMail(answered.schoolEmail(), "EHC plan has been issued", 1);
        JsonNode issued = assessment(id);
        assertThat(issued.get("week").asInt()).isEqualTo(19);
        assertThat(StreamSupport.stream(issued.get("limits").spliterator(), false)
                .filter(limit -> limit.get("limit").asText().equals("FINAL_PLAN")).findFirst().orElseThrow()
                .get("status").asText()).isEqualTo("MET_ON_TIME");

        // The board's scorecard counts Dewi's plan on time, and the other advice as late.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode ehc = scorecard().get("ehc");
            assertThat(ehc.at("/plansWithinTwentyWeeks/onTime").asInt()).isEqualTo(onTimeBefore + 1);
            assertThat(StreamSupport.stream(ehc.get("healthAdvice").spliterator(), false)
                    .filter(a -> a.get("service").asText().equals("SPEECH_AND_LANGUAGE_THERAPY"))
                    .findFirst().orElseThrow().get("outstandingLate").asInt()).isPositive();
        });
        assertThat(assessment(late).at("/advice/0/late").asBoolean()).isTrue();
        try (BrowserContext context = browser.newContext()) {
            Page board = signedIn(context, "leader", portalUrl("/scorecard"));
            assertThat(board.textContent("#ehc-national")).contains("46.4%", "Department for Education");
            assertThat(board.textContent("#table-ehc-advice")).contains("speech and language therapy");
            Browsers.assertAccessible(board);
            Browsers.screenshot(board, SCREENSHOTS.resolve("scorecard-ehc.png"));
        }
    }


    private static UUID submit(ReferralRequest referral) {
        UUID id = UUID.fromString(api.post("referral-service", "/api/referrals", "senco.oakfield", referral.body())
                .expect(201).json().get("id").asText());
        awaitStatus(id, "IN_TRIAGE");
        return id;
    }

    private static void triage(UUID id, String action, Map<String, Object> body) {
        api.post("triage-service", "/api/triage/referrals/" + id + "/" + action, "clinician.salt", body).expect(202);
    }

    private static void ehc(String assessment, String step, String method, Map<String, Object> body) {
        String path = "/api/ehc/assessments/" + assessment + step;
        (method.equals("PATCH") ? api.patch("transition-service", path, "caseworker", body)
                : api.post("transition-service", path, "caseworker", body)).expect(200);
    }

    private static JsonNode assessment(String id) {
        return api.get("transition-service", "/api/ehc/assessments/" + id, "caseworker").expect(200).json();
    }

    private static JsonNode scorecard() {
        return api.get("triage-service", "/api/scorecard", "caseworker").expect(200).json();
    }

    @Test
    @Order(14)
    void aFamilyWrittenToByPostAndOneWhoReadsBrailleCountAsToldOnlyOnceTheCaseWorkerPostsAndMakesTheirCopies()
            throws Exception {
        UUID byPost = submit(ReferralRequest.forSpeechAndLanguage("Posy", RUN).byPost());
        ReferralRequest dot = ReferralRequest.forSpeechAndLanguage("Dot", RUN).inBraille();
        UUID inBraille = submit(dot);
        for (UUID id : List.of(byPost, inBraille)) {
            triage(id, "accept", Map.of("priority", "ROUTINE"));
            awaitStatus(id, "ACCEPTED_WAITING");
            triage(id, "close", Map.of("outcome", "COMPLETED", "summary", "Therapy finished."));
            awaitStatus(id, "CLOSED");
        }
        // The letter waits to be posted and the Braille copy to be made: neither family is told yet.
        await().atMost(Duration.ofSeconds(60)).until(() -> stillToTell().containsAll(List.of(byPost, inBraille)));
        // Each of Posy's notices (referred, invited, waiting, closed) is a letter in the print queue by now, and each
        // of Dot's a Braille copy to make.
        await().atMost(Duration.ofSeconds(60)).until(() -> waiting("/api/letters?status=READY", byPost) == 4
                && waiting("/api/format-requests?status=OPEN", inBraille) == 4);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page letters = signedIn(context, "caseworker", portalUrl("/letters"));
            Page notices = context.newPage();
            notices.navigate(portalUrl("/audit?referralId=" + byPost));
            assertThat(notices.textContent("#notices")).as("the case worker's view of the family's letters")
                    .contains("Waiting to be posted");
            notices.close();
            assertThat(letters.locator("#letters tbody tr").count()).isGreaterThanOrEqualTo(4);
            Browsers.assertAccessible(letters);
            Browsers.screenshot(letters, SCREENSHOTS.resolve("portal-letters.png"));
            Download one = letters.waitForDownload(() -> letters.locator("#letters tbody tr a").first().click());
            assertThat(one.suggestedFilename()).matches("letter-LTR-[2-9A-Z]{4}-[2-9A-Z]{4}\\.pdf");
            assertThat(new String(Files.readAllBytes(one.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            Download batch = letters.waitForDownload(() -> letters.click("#batch"));
            assertThat(new String(Files.readAllBytes(batch.path()), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
            // Printed and in the post: each marked posted, one by one, as the print room does.
            Locator waitingLetters = letters.locator("#letters tbody tr");
            for (int left = waitingLetters.count(); left > 0; left--) {
                waitingLetters.locator("button").first().click();
                PlaywrightAssertions.assertThat(letters.locator("#letters tbody tr")).hasCount(left - 1);
                assertThat(letters.textContent("#posted")).contains("is marked as posted");
            }
            assertThat(letters.textContent("#no-letters")).contains("no letters waiting");

            Page formats = context.newPage();
            formats.navigate(portalUrl("/formats"));
            String waiting = formats.textContent("main");
            assertThat(waiting).contains("Braille copy for Ada Okoro (the family)", "Dot's referral to speech and "
                    + "language therapy is now closed");
            formats.locator("details").first().click();
            Browsers.assertAccessible(formats);
            Browsers.screenshot(formats, SCREENSHOTS.resolve("portal-formats.png"));
            Locator waitingCopies = formats.locator("form button");
            for (int left = waitingCopies.count(); left > 0; left--) {
                waitingCopies.first().click();
                PlaywrightAssertions.assertThat(formats.locator("form button")).hasCount(left - 1);
            }
            assertThat(formats.textContent("#no-requests")).contains("Nothing is waiting");
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> !stillToTell().contains(byPost)
                && !stillToTell().contains(inBraille));
        assertThat(closureAudit().path("notNotifiedWithinSla").toString()).doesNotContain(byPost.toString())
                .doesNotContain(inBraille.toString());
        assertThat(statusNotices(byPost)).containsEntry("FAMILY:DELIVERED", 2L);
        assertThat(mailsAbout(dot.familyEmail(), "is now closed"))
                .as("the Braille reader's email went as usual, once").hasSize(1);
    }

    /** How many of a list's entries (letters, requests) are about a referral. */
    private static long waiting(String list, UUID referral) {
        return StreamSupport.stream(api.get("notification-service", list, "caseworker").expect(200).json()
                .spliterator(), false).filter(entry -> entry.path("referralId").asText().equals(referral.toString()))
                .count();
    }

    private static List<UUID> stillToTell() {
        return StreamSupport.stream(closureAudit().path("stillToTell").spliterator(), false)
                .map(id -> UUID.fromString(id.asText())).toList();
    }

    private static JsonNode queue() {
        return api.get("triage-service", "/api/triage/queue", "clinician.salt").expect(200).json();
    }

    private static JsonNode closureAudit() {
        return api.get("notification-service", "/api/closure-audit", "caseworker").expect(200).json();
    }

    /**
     * The referral's status-change notices (acceptance and closure here) counted as RECIPIENT:STATUS, from the case
     * workers' view of its notices.
     */
    private static Map<String, Long> statusNotices(UUID id) {
        JsonNode notices = api.get("notification-service", "/api/notifications?referralId=" + id, "caseworker")
                .expect(200).json();
        return StreamSupport.stream(notices.spliterator(), false)
                .filter(notice -> notice.get("eventType").asText().equals("referral.status-changed"))
                .collect(Collectors.groupingBy(
                        notice -> notice.get("recipientType").asText() + ":" + notice.get("status").asText(),
                        Collectors.counting()));
    }

    private static void awaitStatus(UUID id, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> status.equals(
                api.get("referral-service", "/api/referrals/" + id, "caseworker").json().path("status").asText()));
    }

    /**
     * The full words of a message to Dewi's family, who hear by text: the text (its subject and a link) arrives, and
     * the family page's inbox holds the message itself.
     */
    private static String awaitFamilyMessage(String subject) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> platform.textMessages()
                .to("07700 900555").stream().anyMatch(text -> text.body().contains(subject)));
        JsonNode inbox = api.get("notification-service", "/api/family/notifications?size=100", PARENT).expect(200)
                .json();
        return StreamSupport.stream(inbox.spliterator(), false).filter(n -> n.get("subject").asText().contains(subject))
                .map(n -> n.get("body").asText()).findFirst().orElseThrow();
    }

    private static List<String> awaitMail(String address, String subject, int atLeast) {
        return awaitMessages(address, subject, atLeast).stream().map(LocalMail::text).toList();
    }

    private static List<MimeMessage> awaitMessages(String address, String subject, int atLeast) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> mailsAbout(address, subject).size() >= atLeast);
        return mailsAbout(address, subject);
    }

    private static List<MimeMessage> mailsAbout(String address, String subject) {
        return mail.to(address).stream().filter(message -> LocalMail.text(message).contains(subject)).toList();
    }


    /**
     * Waits until none of the referrals' notices is still to be sent. A mail goes out before the attempt that marks
     * its notice sent is recorded (a copy re-sent after a crash included), so once none is pending, none is to come.
     */
    private static void awaitNothingPending(List<UUID> referrals) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> referrals.stream()
                .allMatch(id -> StreamSupport.stream(api.get("notification-service", "/api/notifications?referralId="
                        + id, "caseworker").expect(200).json().spliterator(), false)
                        .noneMatch(notice -> notice.get("status").asText().equals("PENDING"))));
    }

    /** A page of a fresh browser context, signed in through Keycloak as a demo user, showing {@code url}. */
    private static Page signedIn(BrowserContext context, String user, String url) {
        return Browsers.signIn(context.newPage(), url, user, "demo");
    }

    private static void signIn(String user) {
        Browsers.signIn(portal, portalUrl(""), user, "demo");
    }

    private static void open(UUID referral) {
        portal.navigate(portalUrl("/referrals/" + referral));
    }

    private static String portalUrl(String path) {
        return "http://localhost:" + platform.settings().servicePorts().get("triage-service") + PORTAL + path;
    }

    private static void screenshot(String name) {
        Browsers.screenshot(portal, SCREENSHOTS.resolve("journey-" + name + ".png"));
    }
}
