package uk.send.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.Priority;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.testservers.Browsers;
import uk.send.testservers.SubmittedReferral;
import uk.send.testservers.Database;
import uk.send.testservers.EventSender;

/**
 * A case worker signs in through Keycloak in headless Chromium and reads the scorecard: every chart is drawn, and
 * every mark of a chart says what the table beside it says.
 */
@QuarkusTest
@TestProfile(PortalBrowserTest.SignInThroughKeycloak.class)
class ScorecardBrowserTest {

    private static final String SCORECARD = "http://localhost:8082/portal/scorecard";

    @Test
    void aCaseWorkerSeesChartsThatAgreeWithTheirTables() {
        UUID waiting = UUID.randomUUID();
        try (EventSender referralService = new EventSender("/referral-service")) {
            referralService.send(waiting.toString(), SubmittedReferral.of(waiting)
                    .withService(ClinicalService.PHYSIOTHERAPY).withReceivedAt(Instant.now().minus(Duration.ofDays(60)))
                    .withChild("Noor", LocalDate.now().minusYears(9)).event());
            referralService.send(waiting.toString(), new ReferralStatusChanged(waiting,
                    ClinicalService.PHYSIOTHERAPY, "100001", ReferralStatus.IN_TRIAGE, ReferralStatus.ACCEPTED_WAITING,
                    Instant.now().minus(Duration.ofDays(50)), Priority.ROUTINE, null, null, null, null, 1, null,
                    List.of()));
        }
        Database database = new Database("triage");
        await().atMost(Duration.ofSeconds(30)).until(() -> database.number(
                "SELECT count(*) FROM scorecard_referral WHERE referral_id = ? AND accepted_at IS NOT NULL",
                waiting) == 1);

        try (Playwright playwright = Playwright.create();
             Browser browser = Browsers.chromium(playwright)) {
            Page page = Browsers.signIn(browser.newPage(), SCORECARD, "caseworker", "demo");

            assertThat(page.textContent("h1")).isEqualTo("Partnership scorecard");
            assertThat(page.querySelectorAll("svg.scorecard-chart")).hasSize(6);
            assertThat(Integer.parseInt(page.textContent("#waiting-count").strip())).isPositive();
            // Transition-service is not running beside this test: the page says so rather than show zeros.
            assertThat(page.textContent("main")).contains("The transition service did not answer");
            for (String chart : List.of("chart-waiting", "chart-closure-reasons", "chart-closure-notices",
                    "chart-transitions")) {
                for (ElementHandle bar : page.querySelectorAll("#" + chart + " .mark")) {
                    String row = "table[data-chart='" + chart + "'] tr[data-label='" + bar.getAttribute("data-label")
                            + "'] td";
                    assertThat(page.textContent(row).strip()).as(chart).isEqualTo(bar.getAttribute("data-value"));
                }
            }
            List<ElementHandle> points = page.querySelectorAll("#chart-flow .mark");
            assertThat(points).hasSize(4 * page.querySelectorAll("#table-flow tbody tr").size());
            for (ElementHandle point : points) {
                String cell = "#table-flow tr[data-label='" + point.getAttribute("data-label") + "'] td[data-series='"
                        + point.getAttribute("data-series") + "']";
                assertThat(page.textContent(cell).strip()).isEqualTo(point.getAttribute("data-value"));
            }
            Browsers.assertAccessible(page);
            Browsers.screenshot(page, Path.of("target", "scorecard.png"));

            page.selectOption("#service", "PHYSIOTHERAPY");
            page.click("#scorecard-show");
            page.waitForURL("**service=PHYSIOTHERAPY**");
            assertThat(page.textContent(".govuk-caption-l")).contains("PHYSIOTHERAPY");
            assertThat(page.textContent("#waiting-count").strip()).isEqualTo(String.valueOf(database.number(
                    "SELECT count(*) FROM scorecard_referral WHERE service = 'PHYSIOTHERAPY' "
                            + "AND accepted_at IS NOT NULL AND left_list_at IS NULL AND closed_at IS NULL")));
        }
        assertThat(Path.of("target", "scorecard.png")).exists();
    }
}
