package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/**
 * Bytebase's {@code statement.disallow-add-column-with-default} (Squawk: adding-field-with-default as it was before
 * PostgreSQL 11). Any DEFAULT is flagged, as Bytebase does; {@code column.default-disallow-volatile} is the precise
 * check for PostgreSQL 11 and later.
 */
public final class DisallowAddColumnWithDefaultRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.isAddColumn() && clause.contains("DEFAULT")) {
            return "Adding column " + clause.column().orElse("?") + " to " + alter.table()
                    + " with DEFAULT locks the whole table and, before PostgreSQL 11 or with a volatile default,"
                    + " rewrites every row.";
        }
        return null;
    }
}
