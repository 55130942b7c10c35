package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code column.auto-increment-must-integer}. MySQL only: PostgreSQL rejects identity columns of other
 * types itself, and its serial types are integers by definition.
 */
public final class AutoIncrementMustIntegerRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return Ddl.COLUMN_DEFINING_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty()) {
            return;
        }
        for (DefinedColumn column : Ddl.definedColumns(statement.ast().get())) {
            if (column.specs().contains(" AUTO_INCREMENT ") && !ColumnTypes.isInteger(column.baseType())) {
                rule.report(statement, column.offsetIn(statement.text()), "Auto-increment column "
                        + Naming.quote(statement.engine(), column.table()) + "."
                        + Naming.quote(statement.engine(), column.name()) + " requires integer type, not "
                        + column.type() + ".");
            }
        }
    }
}
