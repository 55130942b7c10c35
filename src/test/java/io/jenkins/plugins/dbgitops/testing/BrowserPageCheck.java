package io.jenkins.plugins.dbgitops.testing;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/**
 * Opens a page in headless Chromium at a phone's width (390 px) and a wide screen's (1280 px), keeps a screenshot
 * of each under {@code target/browser/}, and checks: no console error, no horizontal scroll on the phone, and every
 * expected text in the page's text.
 */
public final class BrowserPageCheck {
    public static final Path SCREENSHOTS = Path.of("target/browser");
    public static final int PHONE = 390;
    public static final int WIDE = 1280;

    private BrowserPageCheck() {
    }

    public static void check(HeadlessChromium browser, Path page, String name, List<String> expectedTexts)
            throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (int width : new int[] {PHONE, WIDE}) {
            browser.open(page, width);
            browser.screenshot(SCREENSHOTS.resolve(name + "-" + width + ".png"));
            String text = browser.evaluate("document.body.innerText").asText();
            int scrollWidth = browser.evaluate("document.documentElement.scrollWidth").asInt();
            int clientWidth = browser.evaluate("document.documentElement.clientWidth").asInt();

            softly.assertThat(browser.errors()).as("console errors at %d px", width).isEmpty();
            softly.assertThat(clientWidth).as("viewport at %d px", width).isEqualTo(width);
            if (width == PHONE) {
                softly.assertThat(scrollWidth).as("page width at %d px: no horizontal scroll", width)
                        .isLessThanOrEqualTo(clientWidth);
            }
            for (String expected : expectedTexts) {
                softly.assertThat(text).as("page text at %d px", width).contains(expected);
            }
        }
        softly.assertAll();
    }
}
