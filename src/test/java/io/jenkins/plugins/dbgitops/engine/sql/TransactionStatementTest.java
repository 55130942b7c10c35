package io.jenkins.plugins.dbgitops.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.ReviewEngine;
import io.jenkins.plugins.dbgitops.engine.review.ReviewFile;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.review.policy.ReviewPolicy;
import io.jenkins.plugins.dbgitops.engine.review.rules.statement.SyntaxErrorRule;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Transaction control is understood on every engine: a syntax tree, never a syntax error or a "not parsed" note. */
class TransactionStatementTest {
    private static final SqlParser PARSER = SqlParser.withDefaults();

    static Stream<Arguments> statements() {
        return Stream.of(
                Arguments.of("BEGIN", TransactionStatement.BEGIN),
                Arguments.of("begin work", TransactionStatement.BEGIN),
                Arguments.of("BEGIN TRANSACTION", TransactionStatement.BEGIN),
                Arguments.of("BEGIN ISOLATION LEVEL SERIALIZABLE, READ ONLY, NOT DEFERRABLE", TransactionStatement.BEGIN),
                Arguments.of("BEGIN IMMEDIATE TRANSACTION", TransactionStatement.BEGIN),
                Arguments.of("START TRANSACTION", TransactionStatement.BEGIN),
                Arguments.of("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ WRITE", TransactionStatement.BEGIN),
                Arguments.of("COMMIT", TransactionStatement.COMMIT),
                Arguments.of("COMMIT WORK", TransactionStatement.COMMIT),
                Arguments.of("COMMIT AND NO CHAIN", TransactionStatement.COMMIT),
                Arguments.of("END", TransactionStatement.COMMIT),
                Arguments.of("END TRANSACTION", TransactionStatement.COMMIT),
                Arguments.of("ROLLBACK", TransactionStatement.ROLLBACK),
                Arguments.of("ROLLBACK WORK", TransactionStatement.ROLLBACK),
                Arguments.of("ABORT", TransactionStatement.ROLLBACK),
                Arguments.of("SAVEPOINT before_backfill", TransactionStatement.SAVEPOINT),
                Arguments.of("ROLLBACK TO SAVEPOINT before_backfill", TransactionStatement.ROLLBACK_TO_SAVEPOINT),
                Arguments.of("ROLLBACK WORK TO before_backfill", TransactionStatement.ROLLBACK_TO_SAVEPOINT),
                Arguments.of("RELEASE SAVEPOINT before_backfill", TransactionStatement.RELEASE_SAVEPOINT),
                Arguments.of("RELEASE before_backfill", TransactionStatement.RELEASE_SAVEPOINT),
                Arguments.of("/* open */ BEGIN -- the block\n", TransactionStatement.BEGIN));
    }

    @ParameterizedTest
    @MethodSource("statements")
    void shouldRecogniseAndParseTransactionControl(String sql, TransactionStatement expected) {
        assertThat(TransactionStatement.of(sql)).contains(expected);
        for (SqlEngine engine : SqlEngine.values()) {
            List<SqlStatement> split = StatementSplitter.forEngine(engine).split(sql + ";\n");

            assertThat(split).as(engine.name()).hasSize(1);
            assertThat(PARSER.parse(split.get(0)).ast()).as(engine + ": " + sql).isPresent();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"BEGIN NOT ATOMIC SELECT 1; END", "BEGIN garbage", "START SLAVE", "COMMIT PREPARED 'x'",
        "SAVEPOINT", "RELEASE SAVEPOINT a b", "ROLLBACK PREPARED 'x'", "ENDLESS", "SELECT 1"})
    void shouldNotTakeOtherStatementsForTransactionControl(String sql) {
        assertThat(TransactionStatement.of(sql)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldReviewAFileWithExplicitTransactionsWithoutSyntaxErrorsOrNotes(SqlEngine engine) {
        String file = """
                BEGIN;
                CREATE TABLE audit (id bigint PRIMARY KEY);
                SAVEPOINT s1;
                RELEASE SAVEPOINT s1;
                COMMIT;
                BEGIN WORK;
                ROLLBACK;
                START TRANSACTION;
                COMMIT WORK;
                BEGIN TRANSACTION;
                END;
                """;
        RuleRegistry registry = RuleRegistry.load();
        ReviewPolicy policy = ReviewPolicy.resolve(ReviewPolicy.ALL, registry, engine);

        ReviewResult result = ReviewEngine.create(engine, policy.configs(), registry, PARSER)
                .review(List.of(), List.of(ReviewFile.ddl("V1__tx.sql", file)), false);

        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain(SyntaxErrorRule.DEFINITION.id());
        assertThat(result.findings()).filteredOn(ReviewEngine::isRuleFailure).isEmpty();
        assertThat(result.unparsed()).isEmpty();
        assertThat(result.statements()).isEqualTo(11);
    }
}
