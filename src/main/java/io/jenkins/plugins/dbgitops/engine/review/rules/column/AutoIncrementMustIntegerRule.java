package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumnRule;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code column.auto-increment-must-integer}. MySQL only: PostgreSQL rejects identity columns of other
 * types itself, and its serial types are integers by definition.
 */
public final class AutoIncrementMustIntegerRule extends DefinedColumnRule {
    @Override
    protected String finding(DefinedColumn column, Statement ast, StatementContext statement, RuleContext rule) {
        return column.specs().contains(" AUTO_INCREMENT ") && !ColumnTypes.isInteger(column.baseType())
                ? "Auto-increment column " + quotedName(statement, column) + " requires integer type, not "
                        + column.type() + "."
                : null;
    }
}
