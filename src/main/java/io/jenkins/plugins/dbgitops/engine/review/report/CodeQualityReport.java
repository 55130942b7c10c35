package io.jenkins.plugins.dbgitops.engine.review.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.dbgitops.engine.migration.Checksums;
import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import java.util.HashMap;
import java.util.Map;

/**
 * GitLab Code Quality JSON. The fingerprint hashes file, rule, message and the occurrence number of that triple, not
 * the line, so a finding keeps its identity when lines above it move and GitLab does not show it as new. Statements
 * that were not fully parsed are listed as {@code info} entries.
 */
final class CodeQualityReport {
    /** The check name of the info entries for statements only token rules could check. */
    static final String NOT_FULLY_PARSED = "dbgitops.not-fully-parsed";
    private CodeQualityReport() {
    }

    static String render(ReviewReport report) {
        ArrayNode issues = JsonReport.MAPPER.createArrayNode();
        Map<String, Integer> occurrences = new HashMap<>();
        for (Finding finding : report.findings()) {
            String identity = finding.file() + "\u0000" + finding.ruleId() + "\u0000" + finding.message();
            int occurrence = occurrences.merge(identity, 1, Integer::sum);
            ObjectNode issue = issues.addObject();
            issue.put("description", finding.message());
            issue.put("check_name", finding.ruleId());
            issue.put("fingerprint", Checksums.sha256Hex((identity + "\u0000" + occurrence)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            issue.put("severity", finding.level() == Level.ERROR ? "critical" : "minor");
            issue.putArray("categories").add("Bug Risk");
            ObjectNode content = issue.putObject("content");
            content.put("body", finding.help());
            ObjectNode location = issue.putObject("location");
            location.put("path", finding.file());
            location.putObject("lines").put("begin", finding.line());
        }
        for (ReviewResult.UnparsedStatement statement : report.result().unparsed()) {
            String identity = statement.file() + "\u0000" + NOT_FULLY_PARSED + "\u0000" + statement.line();
            ObjectNode issue = issues.addObject();
            issue.put("description", "Not fully parsed: " + statement.reason());
            issue.put("check_name", NOT_FULLY_PARSED);
            issue.put("fingerprint", Checksums.sha256Hex(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            issue.put("severity", "info");
            ObjectNode location = issue.putObject("location");
            location.put("path", statement.file());
            location.putObject("lines").put("begin", statement.line());
        }
        return JsonReport.write(issues);
    }
}
