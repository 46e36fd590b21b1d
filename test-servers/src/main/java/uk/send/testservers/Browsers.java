package uk.send.testservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The pages' tests in a real browser: Debian's Chromium, headless, driven by Playwright (no browser is downloaded);
 * signing in through Keycloak's own form; WCAG 2.2 AA checked by axe-core; screenshots to look at.
 */
public final class Browsers {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Browsers() {
    }

    /** Debian's Chromium, headless, without the background traffic a test does not want. */
    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** Opens {@code url}, signs in on Keycloak's page as the user, and waits to be back on {@code url}. */
    public static Page signIn(Page page, String url, String user, String password) {
        page.navigate(url);
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("#kc-login");
        page.waitForURL(url);
        return page;
    }

    /** The page meets WCAG 2.2 AA as far as axe-core can tell. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
        assertThat(results.getViolations()).as(page.url()).extracting(rule -> rule.getId() + ": " + rule.getHelp())
                .isEmpty();
    }

    /** A full-page screenshot, to be looked at. */
    public static void screenshot(Page page, Path file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
