package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogWalker;
import io.jenkins.plugins.dbgitops.engine.review.catalog.MutableCatalog;
import io.jenkins.plugins.dbgitops.engine.sql.ParsedStatement;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import io.jenkins.plugins.dbgitops.engine.sql.StatementSplitter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reviews migration scripts: splits each into statements, parses them, walks the catalog through earlier
 * migrations and then through the reviewed files, and runs every enabled rule on every reviewed statement.
 */
public final class ReviewEngine {
    private final SqlEngine engine;
    private final List<ActiveRule> rules;
    private final SqlParser parser;
    private final StatementSplitter splitter;

    private ReviewEngine(SqlEngine engine, List<ActiveRule> rules, SqlParser parser) {
        this.engine = engine;
        this.rules = rules;
        this.parser = parser;
        this.splitter = StatementSplitter.forEngine(engine);
    }

    /**
     * An engine running the given rule configurations with fresh rule instances from the registry. Rules that are
     * {@link Level#OFF} or do not apply to the engine are left out.
     */
    public static ReviewEngine create(SqlEngine engine, Collection<RuleConfig> configs, RuleRegistry registry,
            SqlParser parser) {
        Map<String, RuleConfig> byId = new HashMap<>();
        configs.forEach(config -> byId.put(config.definition().id(), config));
        List<ActiveRule> active = new ArrayList<>();
        for (Rule rule : registry.newRules()) {
            RuleConfig config = byId.get(rule.definition().id());
            if (config != null && config.level() != Level.OFF && rule.definition().appliesTo(engine)) {
                active.add(new ActiveRule(rule, config));
            }
        }
        return new ReviewEngine(engine, active, parser);
    }

    /**
     * Reviews {@code reviewed} after walking the catalog through {@code history} (earlier migrations in order).
     *
     * @param completeHistory whether {@code history} starts at the first migration, so the catalog knows every table
     */
    public ReviewResult review(List<ReviewFile> history, List<ReviewFile> reviewed, boolean completeHistory) {
        MutableCatalog catalog = new MutableCatalog(completeHistory);
        CatalogWalker walker = new CatalogWalker(catalog);
        for (ReviewFile file : history) {
            for (SqlStatement statement : splitter.split(file.content())) {
                parser.parse(statement).ast().ifPresent(ast ->
                        walker.apply(ast, file.script() + ":" + statement.line(), false));
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<ReviewResult.UnparsedStatement> unparsed = new ArrayList<>();
        int statements = 0;
        for (ReviewFile file : reviewed) {
            FileContext fileContext = new FileContext(file.script(), engine, file.changeType(), file.noTransaction(),
                    file.content());
            List<Reporter> reporters = rules.stream().map(active -> new Reporter(active.config(), findings)).toList();
            for (int i = 0; i < rules.size(); i++) {
                rules.get(i).rule().startFile(fileContext, reporters.get(i));
            }
            for (SqlStatement statement : splitter.split(file.content())) {
                statements++;
                ParsedStatement parsed = parser.parse(statement);
                if (parsed.ast().isEmpty()) {
                    unparsed.add(new ReviewResult.UnparsedStatement(file.script(), statement.line(),
                            statement.column(), parsed.parseError()));
                }
                StatementContext context = new StatementContext(fileContext, parsed, catalog);
                for (int i = 0; i < rules.size(); i++) {
                    rules.get(i).rule().check(context, reporters.get(i));
                }
                parsed.ast().ifPresent(ast -> walker.apply(ast, file.script() + ":" + statement.line(), true));
            }
            for (int i = 0; i < rules.size(); i++) {
                rules.get(i).rule().endFile(fileContext, reporters.get(i));
            }
        }
        findings.sort(Comparator.comparing(Finding::file, fileOrder(reviewed)).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column).thenComparing(Finding::ruleId));
        return new ReviewResult(findings, reviewed.size(), statements, unparsed);
    }

    private static Comparator<String> fileOrder(List<ReviewFile> reviewed) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < reviewed.size(); i++) {
            order.putIfAbsent(reviewed.get(i).script(), i);
        }
        return Comparator.comparing(script -> order.getOrDefault(script, Integer.MAX_VALUE));
    }

    private record ActiveRule(Rule rule, RuleConfig config) {
    }

    /** Turns a rule's reports into findings at the rule's configured level. */
    private static final class Reporter implements RuleContext {
        private final RuleConfig config;
        private final List<Finding> sink;

        Reporter(RuleConfig config, List<Finding> sink) {
            this.config = config;
            this.sink = sink;
        }

        @Override
        public RuleConfig config() {
            return config;
        }

        @Override
        public void report(StatementContext statement, int offsetInStatement, String message) {
            int[] position = statement.statement().positionOf(offsetInStatement);
            add(statement.file().script(), position[0], position[1], message);
        }

        @Override
        public void reportAt(FileContext file, int line, int column, String message) {
            add(file.script(), line, column, message);
        }

        private void add(String script, int line, int column, String message) {
            RuleDefinition definition = config.definition();
            sink.add(new Finding(script, line, column, definition.id(), config.level(), message, definition.help()));
        }
    }
}
