package io.jenkins.plugins.dbgitops.engine.review.report;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The body of the pull-request comment: a hidden marker so the comment can be found and updated instead of posted
 * again, a summary table, the findings grouped by file with links to their lines, and a collapsed list of the
 * statements that were not fully parsed.
 */
public final class MarkdownReport {
    /** The first line of every comment; glue that upserts PR comments searches for it. */
    public static final String MARKER = "<!-- dbgitops-review -->";

    private MarkdownReport() {
    }

    static String render(ReviewReport report) {
        ReviewResult result = report.result();
        StringBuilder out = new StringBuilder(MARKER).append('\n');
        out.append("## SQL review: ").append(report.failed() ? "failed" : "passed").append("\n\n");
        out.append("| Level | Findings |\n|---|---:|\n")
                .append("| Error | ").append(report.errors()).append(" |\n")
                .append("| Warning | ").append(report.warnings()).append(" |\n")
                .append("| Suppressed | ").append(result.suppressed()).append(" |\n")
                .append("| Not fully parsed | ").append(result.unparsed().size()).append(" |\n\n");
        out.append("Reviewed ").append(Summary.plural(result.files(), "file")).append(" (")
                .append(Summary.plural(result.statements(), "statement")).append(") for ").append(report.engine().id())
                .append(" with policy `").append(cell(report.policy())).append("`; fails on ")
                .append(report.failOn() == Level.OFF ? "nothing" : report.failOn().name().toLowerCase(Locale.ROOT))
                .append(".\n");
        if (!report.skipped().isEmpty()) {
            out.append("\nNot run, they need a database (set `review.schemaFrom`): ")
                    .append(report.skipped().stream().map(id -> "`" + id + "`").collect(Collectors.joining(", ")))
                    .append(".\n");
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        report.findings().forEach(finding -> byFile.computeIfAbsent(finding.file(), file -> new ArrayList<>())
                .add(finding));
        byFile.forEach((file, findings) -> {
            out.append("\n### `").append(file).append("`\n\n| Line | Level | Rule | Finding |\n|---|---|---|---|\n");
            for (Finding finding : findings) {
                out.append("| ").append(lineLink(report, finding)).append(" | ")
                        .append(finding.level() == Level.ERROR ? "Error" : "Warning").append(" | `")
                        .append(finding.ruleId()).append("` | ").append(cell(finding.message())).append("<br>*Fix:* ")
                        .append(cell(finding.help())).append(" |\n");
            }
        });
        if (!result.unparsed().isEmpty()) {
            out.append("\n<details><summary>")
                    .append(Summary.plural(result.unparsed().size(), "statement")).append(" not fully parsed"
                            + " (checked by token rules only)</summary>\n\n");
            for (ReviewResult.UnparsedStatement statement : result.unparsed()) {
                out.append("- `").append(statement.file()).append("` line ").append(statement.line()).append(": ")
                        .append(cell(statement.reason())).append('\n');
            }
            out.append("\n</details>\n");
        }
        return out.toString();
    }

    private static String lineLink(ReviewReport report, Finding finding) {
        String position = finding.line() + ":" + finding.column();
        return report.linkBase().isEmpty() ? position
                : "[" + position + "](" + report.linkBase() + finding.file() + "#L" + finding.line() + ")";
    }

    /** Keeps text inside one table cell: pipes escaped, line breaks as {@code <br>}, HTML neutralised. */
    private static String cell(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
                .replace("\r\n", "<br>").replace("\n", "<br>");
    }
}
