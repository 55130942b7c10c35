package io.jenkins.plugins.dbgitops.engine.review.report;

import static io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage.badge;
import static io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage.text;

import io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage;
import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.EngineRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review as one self-contained HTML page: the summary, the findings grouped by file with the SQL around each
 * line, the rule's help and a link to its documentation, the statements not fully parsed, and the suppression
 * comments with whether each silenced something.
 */
public final class HtmlReport {
    /** Lines of SQL shown before and after a finding's line. */
    static final int CONTEXT_LINES = 2;
    private static final String SUPPRESSION_MARKER = "dbgitops:ignore";

    private final ReviewView report;
    private final Map<String, Optional<List<String>>> lines = new HashMap<>();

    private HtmlReport(ReviewView report) {
        this.report = report;
    }

    static String render(ReviewView report) {
        HtmlReport html = new HtmlReport(report);
        return HtmlPage.document("SQL review: " + (report.failed() ? "failed" : "passed"), html.body());
    }

    /** The report with its style and without the page around it: the Jenkins review page. */
    public static String fragment(ReviewView report) {
        return HtmlPage.fragment(new HtmlReport(report).body());
    }

    private String body() {
        StringBuilder body = new StringBuilder();
        body.append("<header><h1>SQL review ")
                .append(report.failed() ? badge("bad", "failed") : badge("ok", "passed")).append("</h1>\n<p>")
                .append(text(Summary.line(report))).append("</p>\n<dl class=\"facts\">");
        report.facts().forEach((label, value) -> body.append("<dt>").append(text(label)).append("</dt><dd>")
                .append(text(value)).append("</dd>"));
        body.append("</dl></header>\n<section class=\"cards\">")
                .append(card("bad", report.errors(), "errors")).append(card("warn", report.warnings(), "warnings"));
        if (report.complete()) {
            body.append(card("neutral", report.result().suppressed(), "suppressed"))
                    .append(card("info", report.result().unparsed().size(), "not fully parsed"));
        }
        body.append(card("neutral", report.files(), "files")).append(card("neutral", report.statements(),
                "statements")).append("</section>\n");
        findings(body);
        if (report.complete()) {
            unparsed(body);
            suppressions(body);
        } else {
            body.append("<p class=\"muted\">This build kept the findings only: no SQL excerpts, statements not fully"
                    + " parsed or suppressions.</p>\n");
        }
        body.append("<footer>dbgitops SQL review. Rules: <a href=\"").append(text(HtmlPage.RULES_DOC))
                .append("\">docs/rules.md</a></footer>\n");
        return body.toString();
    }

    private static String card(String tone, long count, String label) {
        return "<div class=\"card " + (count == 0 ? "neutral" : tone) + "\"><b>" + count + "</b>" + text(label)
                + "</div>";
    }

    private void findings(StringBuilder body) {
        body.append("<h2>Findings</h2>\n");
        if (report.findings().isEmpty()) {
            body.append("<p>No findings.</p>\n");
            return;
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        report.findings().forEach(finding -> byFile.computeIfAbsent(finding.file(), file -> new ArrayList<>())
                .add(finding));
        byFile.forEach((file, findings) -> {
            body.append("<section><h3><code>").append(text(file)).append("</code> <span class=\"muted\">")
                    .append(text(Summary.plural(findings.size(), "finding"))).append("</span></h3>\n");
            findings.forEach(finding -> finding(body, finding));
            body.append("</section>\n");
        });
    }

    private void finding(StringBuilder body, Finding finding) {
        boolean error = finding.level() == Level.ERROR;
        Optional<RuleDefinition> rule = report.rule(finding.ruleId());
        body.append("<article class=\"finding ").append(error ? "error" : "warning").append("\"><div>")
                .append(badge(error ? "bad" : "warn", error ? "error" : "warning")).append(" <code>")
                .append(text(finding.file())).append(':').append(finding.line()).append(':').append(finding.column())
                .append("</code> <a href=\"").append(text(HtmlPage.ruleLink(finding.ruleId()))).append("\"><code>")
                .append(text(finding.ruleId())).append("</code></a>")
                .append(rule.map(r -> " <span class=\"muted\">" + text(r.title()) + "</span>").orElse(""))
                .append("</div>\n<p>").append(text(finding.message())).append("</p>\n");
        excerpt(body, finding.file(), finding.line());
        body.append("<p><b>Fix:</b> ").append(text(finding.help())).append("</p>\n");
        rule.filter(r -> !r.help().equals(finding.help()))
                .ifPresent(r -> body.append("<p class=\"muted\">Rule help: ").append(text(r.help())).append("</p>\n"));
        body.append("</article>\n");
    }

    /** The SQL around {@code line}, the line itself marked; nothing when the script's text is unknown. */
    private void excerpt(StringBuilder body, String script, int line) {
        Optional<List<String>> text = lines(script);
        if (text.isEmpty() || line < 1 || line > text.get().size()) {
            return;
        }
        List<String> all = text.get();
        int from = Math.max(1, line - CONTEXT_LINES);
        int to = Math.min(all.size(), line + CONTEXT_LINES);
        int width = Integer.toString(to).length();
        body.append("<div class=\"excerpt\"><pre>");
        for (int number = from; number <= to; number++) {
            body.append("<span").append(number == line ? " class=\"hit\"" : "").append("><span class=\"no\">").append(String.format(Locale.ROOT, "%" + width + "d", number))
                    .append("  </span>").append(text(all.get(number - 1))).append("</span>");
        }
        body.append("</pre></div>\n");
    }

    private Optional<List<String>> lines(String script) {
        return lines.computeIfAbsent(script, name -> report.sources().text(name).map(t -> t.lines().toList()));
    }

    private void unparsed(StringBuilder body) {
        List<ReviewResult.UnparsedStatement> unparsed = report.result().unparsed();
        body.append("<h2>Statements not fully parsed</h2>\n");
        if (unparsed.isEmpty()) {
            body.append("<p>Every statement was parsed; every rule judged every statement.</p>\n");
            return;
        }
        body.append("<p class=\"muted\">Only the rules that need no syntax tree checked these.</p>\n");
        for (ReviewResult.UnparsedStatement statement : unparsed) {
            body.append("<article class=\"finding\"><div><code>").append(text(statement.file())).append(':')
                    .append(statement.line()).append(':').append(statement.column()).append("</code></div>\n<p>")
                    .append(text(statement.reason())).append("</p>\n");
            excerpt(body, statement.file(), statement.line());
            body.append("</article>\n");
        }
    }

    /**
     * The suppression comments of the reviewed scripts. A comment is unused when the review reported it (the
     * {@code statement.unused-suppression} rule puts its finding on the comment's line); the others silenced the
     * {@code suppressed} findings.
     */
    private void suppressions(StringBuilder body) {
        String unusedRule = EngineRules.UNUSED_SUPPRESSION.id();
        Set<String> reported = report.findings().stream().filter(f -> f.ruleId().equals(unusedRule))
                .map(f -> f.file() + ":" + f.line()).collect(Collectors.toSet());
        body.append("<h2>Suppressions</h2>\n<p>").append(text(Summary.plural(report.result().suppressed(),
                "finding"))).append(" silenced by suppression comments.</p>\n");
        StringBuilder items = new StringBuilder();
        for (String script : report.result().scripts()) {
            List<String> text = lines(script).orElse(List.of());
            for (int i = 0; i < text.size(); i++) {
                int at = text.get(i).indexOf(SUPPRESSION_MARKER);
                if (at < 0) {
                    continue;
                }
                boolean unused = reported.contains(script + ":" + (i + 1));
                items.append("<li>").append(unused ? badge("warn", "unused") : badge("ok", "used")).append(" <code>")
                        .append(text(script)).append(':').append(i + 1).append("</code> <code>")
                        .append(text(text.get(i).substring(at).replace("*/", "").strip())).append("</code></li>\n");
            }
        }
        if (!items.isEmpty()) {
            body.append("<ul class=\"files\">\n").append(items).append("</ul>\n");
        } else if (!reported.isEmpty()) {
            body.append("<p>").append(text(Summary.plural(reported.size(), "suppression comment")))
                    .append(" reported under findings (").append(text(unusedRule)).append(").</p>\n");
        }
    }
}
