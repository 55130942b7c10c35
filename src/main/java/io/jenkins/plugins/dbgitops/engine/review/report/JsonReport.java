package io.jenkins.plugins.dbgitops.engine.review.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The findings model as JSON, for scripts and the Jenkins build action. */
final class JsonReport {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String render(ReviewReport report) {
        ReviewResult result = report.result();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", "dbgitops");
        root.put("engine", report.engine().id());
        root.put("policy", report.policy());
        root.put("failOn", report.failOn().name().toLowerCase(Locale.ROOT));
        root.put("failed", report.failed());
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", report.errors());
        summary.put("warnings", report.warnings());
        summary.put("files", result.files());
        summary.put("statements", result.statements());
        summary.put("suppressed", result.suppressed());
        summary.put("notFullyParsed", result.unparsed().size());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : result.findings()) {
            ObjectNode node = findings.addObject();
            node.put("file", finding.file());
            node.put("line", finding.line());
            node.put("column", finding.column());
            node.put("rule", finding.ruleId());
            node.put("level", finding.level().name());
            node.put("message", finding.message());
            node.put("help", finding.help());
        }
        ArrayNode unparsed = root.putArray("notFullyParsed");
        for (ReviewResult.UnparsedStatement statement : result.unparsed()) {
            ObjectNode node = unparsed.addObject();
            node.put("file", statement.file());
            node.put("line", statement.line());
            node.put("column", statement.column());
            node.put("reason", statement.reason());
        }
        ArrayNode skipped = root.putArray("skippedRules");
        report.skipped().forEach(skipped::add);
        return write(root);
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write the review as JSON", e);
        }
    }
}
