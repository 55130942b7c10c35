package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NonTransactional;

/** Bytebase's {@code statement.non-transactional}. */
public final class NonTransactionalRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.non-transactional")
            .title("Flag non-transactional statements")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("This statement is non-transactional.")
            .help("Keep each such statement in a file of its own and make it re-runnable (e.g. IF NOT EXISTS), since it cannot be rolled back.")
            .description("CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY, VACUUM,"
                    + " CREATE/DROP DATABASE, tablespaces, ALTER SYSTEM and CREATE/DROP SUBSCRIPTION cannot run inside a"
                    + " transaction, and a value added by ALTER TYPE ... ADD VALUE cannot be used before it commits."
                    + " dbgitops runs a file containing one without a transaction, so if a later statement"
                    + " of that file fails, the earlier ones stay applied and the file cannot simply be retried. Keeping"
                    + " each such statement alone in its file makes a failure clean.")
            .failing("VACUUM FULL tech_book;")
            .passing("CREATE INDEX idx_tech_book_id_name ON tech_book (id, name);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (NonTransactional.is(statement)) {
            rule.report(statement);
        }
    }
}
