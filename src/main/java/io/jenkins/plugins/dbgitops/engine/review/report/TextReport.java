package io.jenkins.plugins.dbgitops.engine.review.report;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import java.util.Locale;

/** Console text: one line per finding in the {@code file:line:column} form editors and CI logs link. */
final class TextReport {
    private TextReport() {
    }

    static String render(ReviewReport report) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : report.findings()) {
            out.append(finding.file()).append(':').append(finding.line()).append(':').append(finding.column())
                    .append(": ").append(finding.level().name().toLowerCase(Locale.ROOT)).append(" [")
                    .append(finding.ruleId()).append("] ").append(finding.message()).append('\n')
                    .append("    fix: ").append(finding.help()).append('\n');
        }
        ReviewResult result = report.result();
        if (!result.unparsed().isEmpty()) {
            out.append("Not fully parsed (checked by token rules only):\n");
            for (ReviewResult.UnparsedStatement statement : result.unparsed()) {
                out.append("  ").append(statement.file()).append(':').append(statement.line()).append(':')
                        .append(statement.column()).append(": ").append(statement.reason()).append('\n');
            }
        }
        if (!report.skipped().isEmpty()) {
            out.append("Skipped, they need a database (give --schema-from or review.schemaFrom): ")
                    .append(String.join(", ", report.skipped())).append('\n');
        }
        out.append(Summary.line(report)).append('\n');
        return out.toString();
    }
}
