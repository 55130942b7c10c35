package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.TextPosition;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogWalker;
import io.jenkins.plugins.dbgitops.engine.review.catalog.DdlFallback;
import io.jenkins.plugins.dbgitops.engine.review.catalog.MutableCatalog;
import io.jenkins.plugins.dbgitops.engine.sql.ParseDiagnosis;
import io.jenkins.plugins.dbgitops.engine.sql.ParsedStatement;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import io.jenkins.plugins.dbgitops.engine.sql.SqlSplitException;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import io.jenkins.plugins.dbgitops.engine.sql.StatementSplitter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Reviews migration scripts: splits each into statements, parses them once, walks the catalog through earlier
 * migrations and then through the reviewed files, runs every enabled rule on every reviewed statement, and applies
 * suppression comments. Nothing in a script makes it throw: a script that cannot be split or a statement that cannot
 * be parsed becomes a finding or a note.
 */
public final class ReviewEngine {
    private static final String COULD_NOT_CHECK = " could not check this statement ";

    private final SqlEngine engine;
    private final List<ActiveRule> rules;
    private final Set<String> knownRuleIds;
    /** The enabled rules whose findings the engine reports itself, by id. */
    private final Map<String, RuleConfig> engineReported;
    private final SqlParser parser;
    private final StatementSplitter splitter;

    private ReviewEngine(SqlEngine engine, List<ActiveRule> rules, Set<String> knownRuleIds,
            Map<String, RuleConfig> engineReported, SqlParser parser) {
        this.engine = engine;
        this.rules = rules;
        this.knownRuleIds = knownRuleIds;
        this.engineReported = engineReported;
        this.parser = parser;
        this.splitter = StatementSplitter.forEngine(engine);
    }

    /** Whether the finding reports a rule that failed on a statement (a bug) rather than a verdict. */
    public static boolean isRuleFailure(Finding finding) {
        return finding.message().contains(COULD_NOT_CHECK);
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
        Set<String> known = new HashSet<>();
        registry.definitions().forEach(definition -> known.add(definition.id()));
        Map<String, RuleConfig> engineReported = new HashMap<>();
        for (RuleDefinition definition : EngineRules.ALL) {
            RuleConfig config = byId.get(definition.id());
            if (config != null && config.level() != Level.OFF && definition.appliesTo(engine)) {
                engineReported.put(definition.id(), config);
            }
        }
        return new ReviewEngine(engine, active, known, engineReported, parser);
    }

    /**
     * Reviews {@code reviewed} after walking the catalog through {@code history} (earlier migrations in order).
     *
     * @param completeHistory whether {@code history} starts at the first migration, so the catalog knows every table
     */
    public ReviewResult review(List<ReviewFile> history, List<ReviewFile> reviewed, boolean completeHistory) {
        List<ReviewFile> all = new ArrayList<>(history);
        all.addAll(reviewed);
        Set<ReviewFile> underReview = Collections.newSetFromMap(new IdentityHashMap<>());
        underReview.addAll(reviewed);
        return review(all, underReview::contains, completeHistory);
    }

    /**
     * Walks {@code files} in the given (version) order and reviews those {@code underReview} selects as one change
     * (a table created by any of them counts as new for all of them); the others only feed the catalog.
     *
     * @param complete whether {@code files} starts at the first migration, so the catalog knows every table
     */
    public ReviewResult review(List<ReviewFile> files, Predicate<ReviewFile> underReview, boolean complete) {
        return review(files, underReview, complete, false);
    }

    /**
     * Walks {@code files} in the given (version) order and reviews those {@code underReview} selects; the others
     * only feed the catalog. Files after the last reviewed one are not read.
     *
     * @param complete         whether {@code files} starts at the first migration, so the catalog knows every table
     * @param eachFileOneChange whether each reviewed file is a change of its own on top of the earlier ones (a whole
     *                         directory under review), rather than all reviewed files being one change (a pull request)
     */
    public ReviewResult review(List<ReviewFile> files, Predicate<ReviewFile> underReview, boolean complete,
            boolean eachFileOneChange) {
        MutableCatalog catalog = new MutableCatalog(complete);
        CatalogWalker walker = new CatalogWalker(catalog);
        DdlFallback fallback = new DdlFallback(walker, parser);
        int last = -1;
        for (int i = 0; i < files.size(); i++) {
            if (underReview.test(files.get(i))) {
                last = i;
            }
        }
        Run run = new Run();
        List<ReviewFile> reviewed = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            ReviewFile file = files.get(i);
            if (underReview.test(file)) {
                reviewed.add(file);
                reviewFile(file, catalog, walker, fallback, run);
                if (eachFileOneChange) {
                    catalog.settle();
                }
            } else {
                walkOnly(file, walker, fallback);
            }
        }
        List<Finding> sorted = sortedFindings(run.findings, reviewed);
        return new ReviewResult(sorted, reviewed.size(), run.statements, run.unparsed, run.suppressed,
                reviewed.stream().map(ReviewFile::script).toList());
    }

    /** Feeds an earlier migration to the catalog; only statements that can change the schema are parsed. */
    private void walkOnly(ReviewFile file, CatalogWalker walker, DdlFallback fallback) {
        Iterator<SqlStatement> statements = splitter.stream(file.content()).iterator();
        try {
            while (statements.hasNext()) {
                SqlStatement statement = statements.next();
                if (SchemaStatements.mayChangeSchema(statement.text())) {
                    walk(parser.parse(statement), file.script(), false, walker, fallback);
                } else if (SchemaStatements.hidesSchemaChanges(statement.text())) {
                    walker.catalog().markIncomplete();
                }
            }
        } catch (SqlSplitException e) {
            // an earlier migration that cannot be split has already run as far as it could; keep what was read
        }
    }

    private void walk(ParsedStatement parsed, String script, boolean inReview, CatalogWalker walker,
            DdlFallback fallback) {
        SqlStatement statement = parsed.statement();
        try {
            if (parsed.ast().isPresent()) {
                walker.apply(parsed.ast().get(), script + ":" + statement.line(), inReview);
            } else if (!parsed.tooLarge() && SchemaStatements.mayChangeSchema(statement.text())) {
                fallback.apply(statement, statement.text(), script + ":" + statement.line(), inReview);
            } else if (SchemaStatements.hidesSchemaChanges(statement.text())) {
                walker.catalog().markIncomplete();
            }
        } catch (RuntimeException | StackOverflowError e) {
            // a syntax tree the walker did not expect: the catalog no longer knows the schema, the review goes on
            walker.catalog().markIncomplete();
        }
    }

    private void reviewFile(ReviewFile file, MutableCatalog catalog, CatalogWalker walker, DdlFallback fallback,
            Run run) {
        FileContext fileContext = new FileContext(file.script(), engine, file.changeType(), file.noTransaction(),
                file.content());
        List<Finding> fileFindings = new ArrayList<>();
        Reporter[] reporters = new Reporter[rules.size()];
        Rule[] checkers = new Rule[rules.size()];
        for (int i = 0; i < reporters.length; i++) {
            reporters[i] = new Reporter(rules.get(i).config(), fileFindings);
            Rule rule = rules.get(i).rule();
            checkers[i] = rule;
            Reporter reporter = reporters[i];
            guarded(reporter, file.script(), 1, 1, () -> rule.startFile(fileContext, reporter));
        }
        FileSuppressions suppressions = new FileSuppressions(file.content());
        SqlStatement previous = null;
        ParseAhead statements = new ParseAhead(splitter.stream(file.content()).iterator(), parser);
        try {
            while (statements.hasNext()) {
                ParsedStatement parsed = statements.next();
                SqlStatement statement = parsed.statement();
                suppressions.betweenStatements(previous, statement);
                run.statements++;
                StatementContext context = new StatementContext(fileContext, parsed, catalog);
                for (int i : run.rulesFor(parsed)) {
                    // guarded(...) inlined: a lambda per rule and statement cost measurably in the review benchmark
                    Reporter reporter = reporters[i];
                    try {
                        checkers[i].check(context, reporter);
                    } catch (RuntimeException | StackOverflowError e) {
                        reporter.internalError(file.script(), statement.line(), statement.column(), e);
                    }
                }
                if (!context.parsed()) {
                    ParseDiagnosis diagnosis = context.parseDiagnosis().orElseThrow();
                    if (!diagnosis.syntaxError()) {
                        run.unparsed.add(new ReviewResult.UnparsedStatement(file.script(), statement.line(),
                                statement.column(), diagnosis.message()));
                    }
                }
                walk(parsed, file.script(), true, walker, fallback);
                previous = statement;
            }
            suppressions.betweenStatements(previous, null);
        } catch (SqlSplitException e) {
            TextPosition at = e.position();
            engineFinding(EngineRules.SYNTAX_ERROR.id(), file.script(), at.line(), at.column(), e.getMessage())
                    .ifPresent(fileFindings::add);
            run.unparsed.add(new ReviewResult.UnparsedStatement(file.script(), at.line(), at.column(),
                    "The rest of the file could not be split into statements and was not reviewed."));
        }
        for (int i = 0; i < reporters.length; i++) {
            Rule rule = rules.get(i).rule();
            Reporter reporter = reporters[i];
            guarded(reporter, file.script(), 1, 1, () -> rule.endFile(fileContext, reporter));
        }
        for (Finding finding : fileFindings) {
            if (!suppressions.isEmpty() && !finding.ruleId().equals(EngineRules.UNUSED_SUPPRESSION.id())
                    && suppressions.silences(finding)) {
                run.suppressed++;
            } else {
                run.findings.add(finding);
            }
        }
        reportSuppressionProblems(file.script(), suppressions, run);
    }

    /**
     * Runs one rule on one statement or file; a rule that throws (a bug, or a syntax tree shape it did not expect)
     * costs that rule's verdict on that statement, never the review.
     */
    private static void guarded(Reporter reporter, String script, int line, int column, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError e) {
            reporter.internalError(script, line, column, e);
        }
    }

    private void reportSuppressionProblems(String script, FileSuppressions suppressions, Run run) {
        String id = EngineRules.UNUSED_SUPPRESSION.id();
        for (Suppression suppression : suppressions.all()) {
            List<String> problems = new ArrayList<>();
            if (suppression.rules().isEmpty()) {
                problems.add(EngineRules.noRules());
            }
            if (suppression.reason().isEmpty()) {
                problems.add(EngineRules.noReason());
            }
            for (String rule : suppression.rules()) {
                if (!knownRuleIds.contains(rule)) {
                    problems.add(EngineRules.unknownRule(rule));
                } else if (isActive(rule) && !suppression.used(rule)) {
                    problems.add(EngineRules.unused(rule, suppression.wholeFile()));
                }
            }
            for (String problem : problems) {
                engineFinding(id, script, suppression.line(), suppression.column(), problem)
                        .ifPresent(run.findings::add);
            }
        }
    }

    private boolean isActive(String ruleId) {
        return rules.stream().anyMatch(active -> active.config().definition().id().equals(ruleId));
    }

    /** A finding of a rule the engine itself reports, at the rule's configured level; empty when it is off. */
    private Optional<Finding> engineFinding(String ruleId, String script, int line, int column,
            String message) {
        return Optional.ofNullable(engineReported.get(ruleId)).map(config -> new Finding(script, line,
                column, ruleId, config.level(), message, config.definition().help()));
    }

    /**
     * The findings by file (in review order), line, column and rule id; ties keep their order. Each finding's file
     * rank is looked up once, not twice per comparison: with 45,000 findings the lookups were 3% of a review.
     */
    private static List<Finding> sortedFindings(List<Finding> findings, List<ReviewFile> reviewed) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < reviewed.size(); i++) {
            order.putIfAbsent(reviewed.get(i).script(), i);
        }
        List<Ranked> ranked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            ranked.add(new Ranked(order.getOrDefault(finding.file(), Integer.MAX_VALUE), finding));
        }
        ranked.sort(Ranked::compareTo);
        List<Finding> sorted = new ArrayList<>(ranked.size());
        for (Ranked entry : ranked) {
            sorted.add(entry.finding());
        }
        return sorted;
    }

    /** A finding with its file's rank; compared field by field, not through a chain of key-extracting lambdas. */
    private record Ranked(int rank, Finding finding) implements Comparable<Ranked> {
        @Override
        public int compareTo(Ranked other) {
            int order = Integer.compare(rank, other.rank);
            if (order == 0) {
                order = Integer.compare(finding.line(), other.finding.line());
            }
            if (order == 0) {
                order = Integer.compare(finding.column(), other.finding.column());
            }
            return order != 0 ? order : finding.ruleId().compareTo(other.finding.ruleId());
        }
    }

    private record ActiveRule(Rule rule, RuleConfig config) {
    }

    /**
     * Parses a few statements ahead of the rules. Parsing a run of statements back to back keeps JSqlParser's large
     * code and tables in the CPU caches; interleaved one by one with 170 rules, the same parses took 40% longer in
     * the review benchmark. The run is bounded by a count and a size, so memory stays bounded on huge files. A
     * split error met while reading ahead is raised only after the statements before it were handed out.
     */
    private static final class ParseAhead {
        private static final int MAX_STATEMENTS = 64;
        private static final int MAX_CHARACTERS = 256 * 1024;
        private final Iterator<SqlStatement> statements;
        private final SqlParser parser;
        private final ArrayDeque<ParsedStatement> ready = new ArrayDeque<>();
        private SqlSplitException pending;

        ParseAhead(Iterator<SqlStatement> statements, SqlParser parser) {
            this.statements = statements;
            this.parser = parser;
        }

        boolean hasNext() {
            if (ready.isEmpty()) {
                fill();
            }
            return !ready.isEmpty();
        }

        ParsedStatement next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more statements");
            }
            return ready.removeFirst();
        }

        private void fill() {
            if (pending != null) {
                SqlSplitException error = pending;
                pending = null;
                throw error;
            }
            int characters = 0;
            try {
                while (ready.size() < MAX_STATEMENTS && characters < MAX_CHARACTERS && statements.hasNext()) {
                    SqlStatement statement = statements.next();
                    characters += statement.text().length();
                    ready.addLast(parser.parse(statement));
                }
            } catch (SqlSplitException e) {
                if (ready.isEmpty()) {
                    throw e;
                }
                pending = e;
            }
        }
    }

    /** What one review run accumulates. */
    private final class Run {
        final List<Finding> findings = new ArrayList<>();
        final List<ReviewResult.UnparsedStatement> unparsed = new ArrayList<>();
        int statements;
        int suppressed;
        private final int[] everyRule = java.util.stream.IntStream.range(0, rules.size()).toArray();
        private final Map<Class<?>, int[]> rulesByType = new HashMap<>();
        private Class<?> lastType;
        private int[] lastRules;

        /**
         * The indexes of the rules to call for a statement, in rule order: those whose {@link Rule#statementTypes}
         * take its syntax tree, and every rule for a statement JSqlParser did not (fully) parse.
         */
        int[] rulesFor(ParsedStatement parsed) {
            Statement ast = parsed.ast().orElse(null);
            if (ast == null || ast instanceof UnsupportedStatement) {
                return everyRule;
            }
            if (ast.getClass() != lastType) {
                // runs of statements of one type are common: skip the map for them
                lastType = ast.getClass();
                lastRules = rulesByType.computeIfAbsent(lastType, type -> java.util.stream.IntStream
                        .range(0, rules.size()).filter(i -> judges(rules.get(i).rule(), type)).toArray());
            }
            return lastRules;
        }

        private static boolean judges(Rule rule, Class<?> type) {
            List<Class<? extends Statement>> types = rule.statementTypes();
            return types.isEmpty() || types.stream().anyMatch(judged -> judged.isAssignableFrom(type));
        }
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
            int[] position = statement.positionOf(offsetInStatement);
            add(statement.file().script(), position[0], position[1], message);
        }

        @Override
        public void reportAt(FileContext file, int line, int column, String message) {
            add(file.script(), line, column, message);
        }

        void internalError(String script, int line, int column, Throwable error) {
            add(script, line, column, "Rule " + config.definition().id() + COULD_NOT_CHECK + "("
                    + error.getClass().getSimpleName() + "); review it by hand and report the problem.");
        }

        private void add(String script, int line, int column, String message) {
            RuleDefinition definition = config.definition();
            sink.add(new Finding(script, line, column, definition.id(), config.level(), message, definition.help()));
        }
    }
}
