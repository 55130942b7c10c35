package io.jenkins.plugins.dbgitops.bench;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.statement.Statement;

/**
 * Where the review's time goes, rule by rule, on the review benchmark's corpus: each rule is wrapped in a timer, and
 * the costliest are printed with their calls and time per call. Also prints a digest of every finding, so that a
 * change meant only to make rules faster can show it left the findings exactly as they were.
 *
 * <p>Arguments: {@code [STATEMENTS [ROUNDS [TOP]]]}, defaults 10000, 8 and 40. The timers themselves cost about
 * 30 ns per call, so the figures are for comparing rules with each other and a rule before and after a change;
 * {@code ReviewBenchmark} gives the review's real time.
 */
public final class RuleCostBenchmark {
    private static final long SEED = 20_261_125L;
    private static final int WARMUP_ROUNDS = 4;

    private RuleCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int statements = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Path work = Files.createTempDirectory("dbgitops-rule-cost-");
        Path corpus = new ReviewBenchmark.ReviewCorpus(SEED).write(work.resolve("corpus"), statements, 100);
        Map<String, Cost> costs = new LinkedHashMap<>();
        RuleRegistry registry = RuleRegistry.of(() -> {
            List<Rule> timed = new ArrayList<>();
            for (Rule rule : RuleRegistry.load().newRules()) {
                timed.add(new TimedRule(rule, costs.computeIfAbsent(rule.definition().id(), id -> new Cost())));
            }
            return timed;
        });
        ReviewService service = new ReviewService(registry, SqlParser.withDefaults());
        ReviewRequest request = ReviewRequest.of(SqlEngine.POSTGRESQL, corpus)
                .withPolicy(ReviewBenchmark.everyRulePolicy(registry, work.resolve("every-rule.yaml")).toString())
                .withFailOn(Level.OFF).withBaseDirectory(corpus);
        ReviewReport report = null;
        long reviewNanos = 0;
        for (int round = 0; round < WARMUP_ROUNDS + rounds; round++) {
            if (round == WARMUP_ROUNDS) {
                costs.values().forEach(Cost::reset);
                reviewNanos = 0;
            }
            long start = System.nanoTime();
            report = service.review(request);
            reviewNanos += System.nanoTime() - start;
        }
        long rulesNanos = costs.values().stream().mapToLong(cost -> cost.nanos).sum();
        System.out.printf(Locale.ROOT, "# %d statements, %d rules, %d findings, digest %s%n",
                report.result().statements(), report.rules().size(), report.findings().size(),
                digest(report.findings()));
        System.out.printf(Locale.ROOT, "review_per_round=%.1fms rules_per_round=%.1fms (timed, %d rounds)%n",
                reviewNanos / 1e6 / rounds, rulesNanos / 1e6 / rounds, rounds);
        costs.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().nanos, a.getValue().nanos)).limit(top)
                .forEach(entry -> System.out.printf(Locale.ROOT, "%8.2fms %7d calls %7.0fns/call %s%n",
                        entry.getValue().nanos / 1e6 / rounds, entry.getValue().calls / rounds,
                        entry.getValue().calls == 0 ? 0.0 : (double) entry.getValue().nanos / entry.getValue().calls,
                        entry.getKey()));
        ReviewBenchmark.deleteRecursively(work);
    }

    /** SHA-256 over every finding's fields in report order: equal digests, equal findings. */
    static String digest(List<Finding> findings) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Finding finding : findings) {
            String line = String.join("\u0000", finding.file(), Integer.toString(finding.line()),
                    Integer.toString(finding.column()), finding.ruleId(), finding.level().name(), finding.message(),
                    finding.help()) + "\n";
            sha.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    /** Time spent in one rule and how often the engine called its {@code check}. */
    private static final class Cost {
        long nanos;
        long calls;

        void reset() {
            nanos = 0;
            calls = 0;
        }
    }

    /** A rule with a timer around each call; everything else is the rule's own. */
    private static final class TimedRule implements Rule {
        private final Rule rule;
        private final Cost cost;

        TimedRule(Rule rule, Cost cost) {
            this.rule = rule;
            this.cost = cost;
        }

        @Override
        public RuleDefinition definition() {
            return rule.definition();
        }

        @Override
        public List<Class<? extends Statement>> statementTypes() {
            return rule.statementTypes();
        }

        @Override
        public void startFile(FileContext file, RuleContext context) {
            long start = System.nanoTime();
            rule.startFile(file, context);
            cost.nanos += System.nanoTime() - start;
        }

        @Override
        public void check(StatementContext statement, RuleContext context) {
            long start = System.nanoTime();
            rule.check(statement, context);
            cost.nanos += System.nanoTime() - start;
            cost.calls++;
        }

        @Override
        public void endFile(FileContext file, RuleContext context) {
            long start = System.nanoTime();
            rule.endFile(file, context);
            cost.nanos += System.nanoTime() - start;
        }
    }
}
