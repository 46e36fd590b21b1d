package uk.send.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventJson;
import uk.send.contracts.Topics;
import uk.send.contracts.TriageDecision;
import uk.send.contracts.ehc.EhcAdviceRequested;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.triage.TriageDecisionMade;
import uk.send.identifiers.England;
import uk.send.testservers.Browsers;
import uk.send.testservers.SubmittedReferral;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;
import uk.send.testservers.TopicReader;

/**
 * A clinician signs in to the portal through Keycloak in headless Chromium and works through the worklist: accepts
 * one referral, is stopped from declining another without a reason, declines it properly, and closes a third.
 */
@QuarkusTest
@TestProfile(PortalBrowserTest.SignInThroughKeycloak.class)
class PortalBrowserTest {

    /** The realm's client for the portal redirects to port 8082, as in the local run. */
    public static class SignInThroughKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.test-port", "8082",
                    "quarkus.oidc.auth-server-url", "http://localhost:8180/realms/send",
                    "quarkus.oidc.credentials.secret", "triage-service-local-secret");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakResource.class));
        }
    }

    private static final String PORTAL = "http://localhost:8082/portal";

    private final Database database = new Database("triage");

    @Test
    void aClinicianWorksThroughTheWorklist() {
        UUID accepted = submit("Isla");
        UUID declined = submit("Jacob");
        UUID closed = submit("Freya");
        UUID advice = adviceRequested("Maya");

        try (Playwright playwright = Playwright.create();
             Browser browser = Browsers.chromium(playwright)) {
            Page page = Browsers.signIn(browser.newPage(), PORTAL, "clinician.salt", "demo");

            assertThat(page.textContent("h1")).isEqualTo("Worklist");
            assertThat(page.textContent("#triage-queue")).contains("Isla Jones", "Jacob Jones", "Freya Jones");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, Path.of("target", "portal-worklist.png"));

            open(page, accepted);
            page.check("#accept-priority-PRIORITY");
            page.click("#accept-submit");
            page.waitForURL("**/portal?done=accept");
            assertThat(page.textContent(".govuk-notification-banner")).contains("accepted onto the waiting list");

            open(page, declined);
            page.click("#decline-submit");
            assertThat(page.textContent(".govuk-error-summary")).contains("There is a problem",
                    "Enter why the referral is declined");
            Browsers.assertAccessible(page);
            page.click(".govuk-error-summary a[href='#decline-reason']");
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("decline-reason");
            assertThat(stage(declined)).isEqualTo("TRIAGE");
            page.fill("#decline-reason", "Needs are met by the school's own speech programme");
            page.fill("#decline-signposting", "Talking Together at the family hub: 01234 567890");
            page.click("#decline-submit");
            page.waitForURL("**/portal?done=decline");

            open(page, closed);
            page.check("#accept-priority-ROUTINE");
            page.click("#accept-submit");
            page.waitForURL("**/portal?done=accept");
            open(page, closed);
            page.selectOption("#close-outcome", "DISCHARGED");
            page.fill("#close-summary", "Freya's family moved out of the area; her new school has our report.");
            page.click("#close-submit");
            page.waitForURL("**/portal?done=close");
            assertThat(page.textContent("#waiting-list")).contains("Isla Jones").doesNotContain("Freya Jones");

            // Health advice for an EHC needs assessment: listed with its due date, returned through its form.
            page.click("#advice-link");
            assertThat(page.textContent("#awaiting-advice")).contains("Maya Jones");
            page.navigate(PORTAL + "/advice/" + advice);
            page.click("#return-advice");
            assertThat(page.textContent(".govuk-error-summary")).contains("Enter the service's advice",
                    "Select whether the child is known to the service");
            page.check("#knownToService");
            page.fill("#advice", "Maya has a moderate expressive language delay; weekly therapy in school.");
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, Path.of("target", "portal-advice.png"));
            page.click("#return-advice");
            page.waitForURL("**/portal/advice?done=returned");
            assertThat(page.textContent("#returned-advice")).contains("Maya Jones");
        }

        assertThat(database.number("SELECT count(*) FROM advice_request WHERE id = ? AND known_to_service "
                + "AND returned_by = 'clinician.salt'", advice)).isEqualTo(1);

        assertThat(decisions(accepted)).containsExactly(TriageDecision.ACCEPTED);
        assertThat(decisions(declined)).containsExactly(TriageDecision.DECLINED);
        assertThat(eventTypes(closed)).containsExactly("triage.received", "triage.decision-made",
                "triage.closure-requested");
    }

    private UUID adviceRequested(String childName) {
        UUID id = UUID.randomUUID();
        LocalDate asked = England.today().minusWeeks(1);
        try (EventSender transitionService = new EventSender("/transition-service")) {
            transitionService.send(id.toString(), new EhcAdviceRequested(id, UUID.randomUUID(), "EHC-4KQ7-9TXK",
                    UUID.randomUUID(), ClinicalService.SPEECH_AND_LANGUAGE_THERAPY, asked, asked.plusWeeks(6),
                    new EhcAdviceRequested.Child(childName, "Jones", LocalDate.of(2018, 4, 2), null, "100001")));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> database.number(
                "SELECT count(*) FROM advice_request WHERE id = ?", id) == 1);
        return id;
    }

    private static void open(Page page, UUID referral) {
        page.navigate(PORTAL + "/referrals/" + referral);
    }

    private String stage(UUID id) {
        return database.text("SELECT stage FROM triage_case WHERE referral_id = ?", id);
    }

    private UUID submit(String childName) {
        UUID id = UUID.randomUUID();
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(id.toString(), SubmittedReferral.of(id)
                    .withChild(childName, LocalDate.now().minusYears(5)).event());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> stage(id) != null);
        return id;
    }

    private static List<ConsumerRecord<String, String>> events(UUID id, int expected) {
        try (TopicReader reader = new TopicReader(Topics.TRIAGE_EVENTS)) {
            return reader.readUntil(r -> id.toString().equals(r.key()), seen -> seen.size() >= expected,
                    Duration.ofSeconds(30));
        }
    }

    private static List<TriageDecision> decisions(UUID id) {
        return events(id, 2).stream()
                .filter(r -> CloudEventHeaders.read(r.headers()).type().equals("triage.decision-made"))
                .map(r -> EventJson.read(r.value(), TriageDecisionMade.class).decision()).toList();
    }

    private static List<String> eventTypes(UUID id) {
        return events(id, 3).stream().map(r -> CloudEventHeaders.read(r.headers()).type()).toList();
    }
}
