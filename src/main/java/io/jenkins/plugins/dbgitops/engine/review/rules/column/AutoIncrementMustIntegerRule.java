package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code column.auto-increment-must-integer}. MySQL only: PostgreSQL rejects identity columns of other
 * types itself, and its serial types are integers by definition.
 */
public final class AutoIncrementMustIntegerRule extends ParsedRule {
    public AutoIncrementMustIntegerRule() {
        super(Ddl.COLUMN_DEFINING_TYPES);
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        for (DefinedColumn column : Ddl.definedColumns(ast)) {
            if (column.specs().contains(" AUTO_INCREMENT ") && !ColumnTypes.isInteger(column.baseType())) {
                rule.report(statement, column.offsetIn(statement.text()), "Auto-increment column "
                        + Naming.quote(statement.engine(), column.table()) + "."
                        + Naming.quote(statement.engine(), column.name()) + " requires integer type, not "
                        + column.type() + ".");
            }
        }
    }
}
