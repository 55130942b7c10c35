package io.jenkins.plugins.dbgitops.engine.review.report;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A review's outcome as every front end shows it: the result, the rules that ran, and whether it fails at the
 * chosen level. Rendered by {@link ReportFormat}.
 *
 * @param result   findings, counts and notes
 * @param rules    the enabled rules, for help texts in SARIF and Markdown
 * @param engine   the engine the SQL was reviewed for
 * @param policy   the policy's name (template or file)
 * @param failOn   the level from which findings fail the review; {@link Level#OFF} never fails
 * @param linkBase prefix for links to files in Markdown (e.g. {@code https://github.com/o/r/blob/<sha>/}), or empty
 * @param sources  the reviewed scripts' text, for the SQL excerpts of the HTML report
 * @param skipped  enabled rules that did not run because they need a database the review was not given, sorted:
 *                 every format says so, so they are never mistaken for rules that passed
 */
public record ReviewReport(ReviewResult result, List<RuleDefinition> rules, SqlEngine engine, String policy,
        Level failOn, String linkBase, SourceLookup sources, List<String> skipped) implements ReviewView {
    public ReviewReport {
        rules = List.copyOf(rules);
        linkBase = linkBase == null ? "" : linkBase;
        sources = sources == null ? SourceLookup.NONE : sources;
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** A report in which every enabled rule ran. */
    public ReviewReport(ReviewResult result, List<RuleDefinition> rules, SqlEngine engine, String policy,
            Level failOn, String linkBase, SourceLookup sources) {
        this(result, rules, engine, policy, failOn, linkBase, sources, List.of());
    }

    /** A report that quotes no SQL. */
    public ReviewReport(ReviewResult result, List<RuleDefinition> rules, SqlEngine engine, String policy,
            Level failOn, String linkBase) {
        this(result, rules, engine, policy, failOn, linkBase, SourceLookup.NONE);
    }

    /** Whether a finding reaches the fail level: the CLI exits 1 and Jenkins marks the build. */
    @Override
    public boolean failed() {
        return result.failsAt(failOn);
    }

    @Override
    public boolean complete() {
        return true;
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Engine", engine.id());
        facts.put("Policy", policy);
        facts.put("Fails on", failOn == Level.OFF ? "nothing" : failOn.name().toLowerCase(Locale.ROOT));
        return facts;
    }

    @Override
    public Optional<RuleDefinition> rule(String id) {
        return Optional.ofNullable(rulesById().get(id));
    }

    Map<String, RuleDefinition> rulesById() {
        return rules.stream().collect(Collectors.toMap(RuleDefinition::id, Function.identity(), (a, b) -> a));
    }

    /** Whether this finding fails the review. */
    public boolean fails(Finding finding) {
        return finding.level().atLeast(failOn);
    }

    public String render(ReportFormat format) {
        return format.render(this);
    }

    /** The HTML report with its style, without the page around it (the Jenkins build page). */
    public String htmlFragment() {
        return HtmlReport.fragment(this);
    }
}
