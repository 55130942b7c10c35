package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.review.service.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.dbgitops.engine.review.policy.ReviewPolicy;
import io.jenkins.plugins.dbgitops.engine.review.report.ReportFormat;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** No input crashes the review: every hostile file gets a report, at the JVM's default thread stack size. */
class HostileInputReviewTest {
    @TempDir
    Path workspace;

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldReportOnHostileInputWithEveryRuleOn(SqlEngine engine) throws IOException {
        Path migrations = HostileInputs.write(workspace.resolve("migrations"), engine);

        ReviewReport report = ReviewService.withDefaults().review(ReviewRequest.of(engine, migrations)
                .withPolicy(ReviewPolicy.ALL).withBaseDirectory(workspace));

        assertThat(report.result().scripts()).hasSize(HostileInputs.files(engine).size());
        assertThat(report.findings()).filteredOn(ReviewEngine::isRuleFailure).isEmpty();
        JsonNode sarif = new ObjectMapper().readTree(report.render(ReportFormat.SARIF));
        assertThat(SarifSchema.validate(sarif)).isEmpty();
    }
}
