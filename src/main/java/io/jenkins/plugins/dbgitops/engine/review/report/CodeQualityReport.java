package io.jenkins.plugins.dbgitops.engine.review.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.dbgitops.engine.migration.Checksums;
import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import java.util.HashMap;
import java.util.Map;

/**
 * GitLab Code Quality JSON. The fingerprint hashes file, rule, message and the occurrence number of that triple, not
 * the line, so a finding keeps its identity when lines above it move and GitLab does not show it as new.
 */
final class CodeQualityReport {
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
        return JsonReport.write(issues);
    }
}
