package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTypes;
import java.util.List;

/** MySQL {@code LOCK TABLES} and {@code FLUSH TABLES ... WITH READ LOCK} in a migration. */
public final class DisallowLockTablesRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-lock-tables")
            .title("Disallow LOCK TABLES")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.ERROR)
            .message("LOCK TABLES and FLUSH TABLES WITH READ LOCK block the application until the migration unlocks,"
                    + " and implicitly commit the open transaction.")
            .help("Rely on InnoDB row locks inside a transaction instead of table locks.")
            .description("Reports LOCK TABLE(S) and FLUSH TABLES ... WITH READ LOCK. Table locks stop all access to"
                    + " the listed tables (or, with FLUSH, writes to every table) for as long as the migration runs,"
                    + " a failed migration may leave them held by the session, and they commit any open"
                    + " transaction, breaking the migration's atomicity.")
            .failing("LOCK TABLES orders WRITE;")
            .passing("SELECT id FROM orders WHERE id = 1 FOR UPDATE;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.parsed()) {
            return; // JSqlParser 5.4 parses neither LOCK TABLES nor FLUSH
        }
        List<String> tokens = SqlTokens.words(statement);
        if (SqlTokens.matchesAt(tokens, 0, "LOCK", "TABLES") || SqlTokens.matchesAt(tokens, 0, "LOCK", "TABLE")) {
            rule.report(statement, Impact.of("LOCK TABLES locks whole tables", DEFINITION));
        } else if (SqlTokens.matchesAt(tokens, 0, "FLUSH") && SqlTokens.contains(tokens, "WITH", "READ", "LOCK")) {
            rule.report(statement, Impact.of("FLUSH TABLES WITH READ LOCK blocks writes", DEFINITION));
        }
    }
}
