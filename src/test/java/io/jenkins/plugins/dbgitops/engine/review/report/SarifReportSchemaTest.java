package io.jenkins.plugins.dbgitops.engine.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Our SARIF validates against the official OASIS SARIF 2.1.0 schema (see src/test/resources/sarif/README.md). */
class SarifReportSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldValidateAgainstTheSarif210Schema() throws IOException {
        JsonNode sarif = JSON.readTree(ReportFixtures.report(Level.ERROR).render(ReportFormat.SARIF));

        assertThat(schema().validate(sarif)).isEmpty();
        assertThat(sarif.at("/runs/0/results")).hasSize(3);
        assertThat(sarif.at("/runs/0/tool/driver/rules/0/help/text").asText()).isNotBlank();
        assertThat(sarif.at("/runs/0/invocations/0/toolExecutionNotifications/0/level").asText()).isEqualTo("note");
    }

    @Test
    void shouldValidateAnEmptyReview() throws IOException {
        ReviewReport empty = new ReviewReport(new ReviewResult(List.of(), 0, 0, List.of()), List.of(),
                SqlEngine.MYSQL, "dev", Level.ERROR, "");

        Set<ValidationMessage> problems = schema().validate(JSON.readTree(empty.render(ReportFormat.SARIF)));

        assertThat(problems).isEmpty();
    }

    @Test
    void shouldEncodePathsAsUriReferences() {
        assertThat(SarifReport.uri("db/my migrations/V1__ä.sql")).isEqualTo("db/my%20migrations/V1__%C3%A4.sql");
    }

    @Test
    void shouldNoticeAnInvalidDocument() throws IOException {
        JsonNode broken = JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}");

        assertThat(schema().validate(broken)).as("a run without a tool is invalid").isNotEmpty();
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = SarifReportSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
        }
    }
}
