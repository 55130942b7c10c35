package io.jenkins.plugins.dbgitops.engine.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import org.junit.jupiter.api.Test;

/** The review page is self-contained, escapes everything it quotes, and tells used from unused suppressions. */
class HtmlReportTest {
    private final String page = ReportFixtures.report(Level.ERROR).render(ReportFormat.HTML);

    @Test
    void shouldLoadNothingAndRunNothing() {
        assertThat(page).contains("Content-Security-Policy").contains("default-src 'none'")
                .doesNotContainIgnoringCase("<script").doesNotContain(" src=").doesNotContain("url(")
                .doesNotContain("@import");
    }

    @Test
    void shouldEscapeTheSqlAndTheMessagesItQuotes() {
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("The suppression of &lt;table.require-pk&gt; silences nothing | &quot;here&quot; &amp; there");
    }

    @Test
    void shouldQuoteTheLinesAroundAFindingAndLinkItsRule() {
        assertThat(page).contains("<span class=\"hit\"><span class=\"no\">3  </span>    id bigint,</span>");
        assertThat(page).contains("href=\"" + HtmlPage.RULES_DOC + "#tablerequire-pk\"");
    }

    @Test
    void shouldMarkTheReportedSuppressionAsUnused() {
        assertThat(page).containsPattern("unused</span> <code>migrations/V3__backfill_dml.sql:2</code> <code>"
                + "dbgitops:ignore table.require-pk");
    }

    @Test
    void shouldQuoteNothingWhenTheSourcesAreUnknown() {
        ReviewReport withoutSources = ReportFixtures.report(Level.ERROR);
        ReviewReport bare = new ReviewReport(withoutSources.result(), withoutSources.rules(), withoutSources.engine(),
                withoutSources.policy(), withoutSources.failOn(), withoutSources.linkBase());

        assertThat(bare.render(ReportFormat.HTML)).doesNotContain("class=\"excerpt\"").contains("table.require-pk");
    }
}
