package io.jenkins.plugins.dbgitops.engine.review.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole migration directories reviewed with the {@code prod} policy: every finding (file, line, column, rule, level,
 * message) and every not-fully-parsed note must match the golden file next to the corpus. Rules are added often, so
 * after adding or changing rules regenerate all three with
 * {@code mvn -q test -Dtest=CorpusTest -Ddbgitops.updateGolden=true} and review the diff like code.
 */
class CorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final ReviewService SERVICE = ReviewService.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ecommerce-postgresql, postgresql", "saas-mysql, mysql", "backfill-postgresql, postgresql"})
    void shouldFindExactlyTheGoldenFindings(String corpus, String engine) throws IOException {
        ReviewReport report = SERVICE.review(ReviewRequest.of(SqlEngine.fromName(engine), CORPUS.resolve(corpus))
                .withBaseDirectory(CORPUS));
        String actual = render(report);
        Path golden = CORPUS.resolve(corpus + ".expected.txt");
        if (Boolean.getBoolean("dbgitops.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }

        assertThat(actual).as("%s is stale: regenerate with -Ddbgitops.updateGolden=true and review the diff", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static String render(ReviewReport report) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : report.findings()) {
            out.append(finding.file()).append(':').append(finding.line()).append(':').append(finding.column())
                    .append(' ').append(finding.level()).append(' ').append(finding.ruleId()).append(": ")
                    .append(finding.message()).append('\n');
        }
        for (ReviewResult.UnparsedStatement statement : report.result().unparsed()) {
            out.append(statement.file()).append(':').append(statement.line()).append(':').append(statement.column())
                    .append(" NOT-FULLY-PARSED: ").append(statement.reason()).append('\n');
        }
        out.append(report.result().files()).append(" files, ").append(report.result().statements())
                .append(" statements, ").append(report.result().suppressed()).append(" suppressed\n");
        return out.toString();
    }
}
