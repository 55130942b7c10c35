package io.jenkins.plugins.dbgitops.engine.review.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewEngine;
import io.jenkins.plugins.dbgitops.engine.review.ReviewFile;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleConfig;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.MutableCatalog;
import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.sql.ParsedStatement;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import io.jenkins.plugins.dbgitops.engine.sql.StatementSplitter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every rule must satisfy, inherited by each rule's test (analysis-model's AbstractParserTest, Squawk's
 * lint_ok/lint_errors): registered, documented, its failing example fails and its passing example passes on every
 * engine it claims, empty input passes, and the syntax tree is left as it was. Subclasses add the rule's own cases
 * with {@link #findings}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractRuleTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.load();
    private static final SqlParser PARSER = SqlParser.withDefaults();

    /** A new instance of the rule under test. */
    protected abstract Rule rule();

    protected RuleDefinition definition() {
        return rule().definition();
    }

    Stream<SqlEngine> engines() {
        return definition().engines().stream().sorted();
    }

    @Test
    void shouldBeRegistered() {
        assertThat(REGISTRY.find(definition().id())).as("registered in META-INF/services").contains(definition());
        assertThat(REGISTRY.newRules()).filteredOn(rule -> rule.definition().id().equals(definition().id()))
                .singleElement().isInstanceOf(rule().getClass());
    }

    @Test
    void shouldDocumentItself() {
        RuleDefinition definition = definition();
        assertThat(definition.message()).as("message states the impact in a sentence").endsWith(".");
        assertThat(definition.help()).as("help states the remedy in a sentence").endsWith(".");
        assertThat(definition.description().length()).as("description says what and why").isGreaterThan(40);
        assertThat(definition.failing()).isNotEqualTo(definition.passing());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void shouldFlagItsFailingExample(SqlEngine engine) {
        assertThat(findings(engine, definition().failing()))
                .as("the documented failing example on %s", engine).isNotEmpty()
                .allSatisfy(finding -> {
                    assertThat(finding.ruleId()).isEqualTo(definition().id());
                    assertThat(finding.message()).isNotBlank();
                    assertThat(finding.line()).isPositive();
                });
    }

    @ParameterizedTest
    @MethodSource("engines")
    void shouldAcceptItsPassingExample(SqlEngine engine) {
        assertThat(findings(engine, definition().passing())).as("the documented passing example on %s", engine)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void shouldFindNothingInEmptyInput(SqlEngine engine) {
        assertThat(findings(engine, "")).isEmpty();
        assertThat(findings(engine, "-- only a comment\n")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void shouldLeaveTheSyntaxTreeUnchanged(SqlEngine engine) {
        for (SqlStatement statement : StatementSplitter.forEngine(engine).split(definition().failing())) {
            ParsedStatement parsed = PARSER.parse(statement);
            String before = parsed.ast().map(Object::toString).orElse(null);
            FileContext file = new FileContext("V1__check.sql", engine, ChangeType.DDL, false, definition().failing());
            Rule rule = rule();
            RuleContext context = new DiscardingContext(RuleConfig.defaults(definition()));
            rule.startFile(file, context);
            rule.check(new StatementContext(file, parsed, new MutableCatalog(false)), context);
            rule.endFile(file, context);
            assertThat(parsed.ast().map(Object::toString).orElse(null)).isEqualTo(before);
        }
    }

    /** The findings of this rule alone, at its default payload, for SQL written for the engine. */
    protected List<Finding> findings(SqlEngine engine, String sql) {
        return findings(engine, Map.of(), "", sql);
    }

    /** The findings with a payload, after the catalog has walked through {@code earlierMigrations}. */
    protected List<Finding> findings(SqlEngine engine, Map<String, Object> payload, String earlierMigrations,
            String sql) {
        RuleConfig config = new RuleConfig(definition(), Level.ERROR, payload);
        ReviewEngine review = ReviewEngine.create(engine, List.of(config), REGISTRY, PARSER);
        List<ReviewFile> history = earlierMigrations.isEmpty() ? List.of()
                : List.of(ReviewFile.ddl("V1__earlier.sql", earlierMigrations));
        return review.review(history, List.of(ReviewFile.ddl("V2__change.sql", sql)), !history.isEmpty())
                .findings().stream().filter(finding -> finding.ruleId().equals(definition().id())).toList();
    }

    /** The lines of the findings, for compact assertions. */
    protected static List<Integer> lines(List<Finding> findings) {
        return findings.stream().map(Finding::line).toList();
    }

    private record DiscardingContext(RuleConfig config) implements RuleContext {
        @Override
        public void report(StatementContext statement, int offsetInStatement, String message) {
            // the immutability check ignores findings
        }

        @Override
        public void reportAt(FileContext file, int line, int column, String message) {
            // the immutability check ignores findings
        }
    }
}
