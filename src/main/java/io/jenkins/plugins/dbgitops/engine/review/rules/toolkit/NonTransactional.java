package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.migration.MigrationDirectives;
import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.sql.NonTransactionalStatements;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;

/** PostgreSQL statements that cannot run inside a transaction block ({@link NonTransactionalStatements}). */
public final class NonTransactional {
    private NonTransactional() {
    }

    /**
     * Whether the file asks to run without a transaction: its context says so, or its header holds
     * {@code -- dbgitops:no-transaction} (read here too, so a file given without its directives parsed is judged alike).
     */
    public static boolean declared(FileContext file) {
        return file.noTransaction() || MigrationDirectives.read(file.content()).noTransaction();
    }

    /** Worked out once per statement: five rules ask about every statement. */
    private static final StatementContext.Fact<Boolean> IS = StatementContext.Fact.of(NonTransactional::find);

    /** Whether the statement fails inside a transaction block on PostgreSQL. */
    public static boolean is(StatementContext statement) {
        return statement.fact(IS);
    }

    private static boolean find(StatementContext statement) {
        // the rollout's list: review judges a file as the rollout will run it
        return NonTransactionalStatements.requiresNoTransaction(statement.text(), SqlEngine.POSTGRESQL);
    }

    /**
     * Whether the statement is one of the {@code CONCURRENTLY} forms that cannot run in a transaction block:
     * CREATE/DROP INDEX, REINDEX, and DETACH PARTITION (not REFRESH MATERIALIZED VIEW, which can).
     */
    public static boolean isConcurrent(StatementContext statement) {
        boolean candidate = SqlTokens.startsWith(statement, "CREATE", "INDEX")
                || SqlTokens.startsWith(statement, "CREATE", "UNIQUE", "INDEX")
                || SqlTokens.startsWith(statement, "DROP", "INDEX") || SqlTokens.startsWith(statement, "REINDEX")
                || SqlTokens.startsWith(statement, "ALTER", "TABLE");
        if (!candidate) {
            return false;
        }
        List<Token> tokens = SqlTokens.of(statement);
        int concurrently = Tokens.find(tokens, 1, "CONCURRENTLY");
        return concurrently > 0 && (!tokens.get(0).is("ALTER") || Tokens.contains(tokens, "DETACH", "PARTITION"));
    }
}
