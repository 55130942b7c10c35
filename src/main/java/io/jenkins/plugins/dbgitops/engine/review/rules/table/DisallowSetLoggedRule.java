package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** SET LOGGED and SET UNLOGGED rewrite the table; SET LOGGED also writes all of it to the WAL. */
public final class DisallowSetLoggedRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("SET", "LOGGED") || clause.startsWith("SET", "UNLOGGED")) {
            return clause.tokens().get(0).text() + " " + clause.tokens().get(1).text() + " rewrites " + alter.table()
                    + " under an ACCESS EXCLUSIVE lock.";
        }
        return null;
    }
}
