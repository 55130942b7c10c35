package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Bytebase's {@code column.disallow-change-type} (Squawk: changing-column-type). */
public final class DisallowChangeTypeRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("ALTER") && (clause.find("TYPE") == clause.afterColumn()
                || clause.find("SET", "DATA", "TYPE") == clause.afterColumn())) {
            return "The statement changes the type of column " + alter.table() + "." + clause.column().orElse("?")
                    + ", which rewrites the table under an ACCESS EXCLUSIVE lock.";
        }
        return null;
    }
}
