package io.jenkins.plugins.dbgitops.engine.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Every format renders the same fixed report as its golden file. Regenerate after an intended change with
 * {@code mvn -q test -Dtest=ReportFormatTest -Ddbgitops.updateGolden=true} and review the diff.
 */
class ReportFormatTest {
    private static final Path GOLDEN = Path.of("src/test/resources/review/reports");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void shouldRenderTheGoldenFile(ReportFormat format) throws IOException {
        String rendered = ReportFixtures.report(Level.ERROR).render(format);
        Path golden = GOLDEN.resolve("report." + extension(format));
        if (Boolean.getBoolean("dbgitops.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }

        assertThat(rendered).as("%s is stale: regenerate with -Ddbgitops.updateGolden=true", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void shouldSayFailedOnlyWhenAFindingReachesTheFailLevel() {
        assertThat(ReportFixtures.report(Level.ERROR).failed()).isTrue();
        assertThat(ReportFixtures.report(Level.OFF).failed()).isFalse();
        assertThat(ReportFixtures.report(Level.OFF).render(ReportFormat.TEXT)).contains("review passed");
    }

    @Test
    void shouldWriteJUnitXmlWithOneFailurePerFindingAtTheFailLevel() throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                ReportFixtures.report(Level.ERROR).render(ReportFormat.JUNIT).getBytes(StandardCharsets.UTF_8)));

        assertThat(document.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        assertThat(document.getElementsByTagName("failure").getLength()).isEqualTo(2);
        assertThat(document.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    }

    @Test
    void shouldGiveCodeQualityIssuesStableDistinctFingerprints() throws IOException {
        JsonNode issues = JSON.readTree(ReportFixtures.report(Level.ERROR).render(ReportFormat.CODEQUALITY));

        assertThat(issues).hasSize(4);
        assertThat(issues.get(3).get("severity").asText()).isEqualTo("info");
        assertThat(issues.findValuesAsText("fingerprint")).doesNotHaveDuplicates()
                .isEqualTo(JSON.readTree(ReportFixtures.report(Level.WARNING).render(ReportFormat.CODEQUALITY))
                        .findValuesAsText("fingerprint"));
    }

    @Test
    void shouldStartTheMarkdownCommentWithTheUpsertMarker() {
        String markdown = ReportFixtures.report(Level.ERROR).render(ReportFormat.MARKDOWN);

        assertThat(markdown).startsWith(MarkdownReport.MARKER)
                .contains("[3:1](https://github.com/acme/shop/blob/0123abc/migrations/V2__orders.sql#L3)")
                .contains("<details><summary>1 statement not fully parsed");
    }

    private static String extension(ReportFormat format) {
        return switch (format) {
            case TEXT -> "txt";
            case JSON -> "json";
            case SARIF -> "sarif.json";
            case JUNIT -> "junit.xml";
            case MARKDOWN -> "md";
            case CODEQUALITY -> "codequality.json";
            case HTML -> "html";
        };
    }
}
