package io.jenkins.plugins.dbgitops.engine.review.report;

import static io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage.text;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML as Jenkins' {@code junit} step and most CI servers read it: one test suite, a passing test case per
 * reviewed file without findings, and one test case per finding, which fails when the finding reaches the fail level
 * (findings below it pass, with the finding in {@code system-out}).
 */
final class JUnitReport {
    private static final String SUITE = "dbgitops.review";

    private JUnitReport() {
    }

    static String render(ReviewReport report) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        report.result().scripts().forEach(script -> byFile.put(script, new ArrayList<>()));
        report.findings().forEach(finding -> byFile.computeIfAbsent(finding.file(), file -> new ArrayList<>())
                .add(finding));
        long failures = report.findings().stream().filter(report::fails).count();
        int tests = byFile.values().stream().mapToInt(findings -> Math.max(1, findings.size())).sum();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"dbgitops review\" tests=\"").append(tests).append("\" failures=\"")
                .append(failures).append("\" errors=\"0\">\n");
        out.append("  <testsuite name=\"").append(SUITE).append("\" tests=\"").append(tests).append("\" failures=\"")
                .append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
        byFile.forEach((file, findings) -> {
            String classname = text(SUITE + "." + file.replace('/', '.').replaceAll("\\.sql$", ""));
            if (findings.isEmpty()) {
                out.append("    <testcase classname=\"").append(classname).append("\" name=\"")
                        .append(text(file)).append("\"/>\n");
            }
            for (Finding finding : findings) {
                out.append("    <testcase classname=\"").append(classname).append("\" name=\"")
                        .append(text(finding.file() + ":" + finding.line() + ":" + finding.column() + " "
                                + finding.ruleId())).append("\">\n");
                String detail = text(finding.file() + ":" + finding.line() + ":" + finding.column() + " ["
                        + finding.ruleId() + "] " + finding.message() + "\nFix: " + finding.help());
                if (report.fails(finding)) {
                    out.append("      <failure type=\"").append(finding.level().name()).append("\" message=\"")
                            .append(text(finding.message())).append("\">").append(detail).append("</failure>\n");
                } else {
                    out.append("      <system-out>").append(finding.level().name()).append(": ").append(detail)
                            .append("</system-out>\n");
                }
                out.append("    </testcase>\n");
            }
        });
        StringBuilder summary = new StringBuilder(Summary.line(report));
        for (ReviewResult.UnparsedStatement statement : report.result().unparsed()) {
            summary.append("\nNot fully parsed: ").append(statement.file()).append(':').append(statement.line())
                    .append(':').append(statement.column()).append(' ').append(statement.reason());
        }
        out.append("    <system-out>").append(text(summary.toString())).append("</system-out>\n");
        out.append("  </testsuite>\n</testsuites>\n");
        return out.toString();
    }
}
