package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumnRule;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code column.set-default-for-not-null}. Primary-key, auto-increment, identity and generated columns
 * are exempt, and so are MySQL's BLOB, TEXT, JSON and spatial columns, which cannot take a literal default.
 */
public final class ColumnSetDefaultForNotNullRule extends DefinedColumnRule {
    @Override
    protected String finding(DefinedColumn column, Statement ast, StatementContext statement, RuleContext rule) {
        String specs = column.specs();
        if (!column.complete() || !specs.contains(" NOT NULL ") || specs.contains(" DEFAULT ")) {
            return null;
        }
        return exempt(statement, ast, column) ? null
                : "Column " + quotedName(statement, column) + " is NOT NULL but doesn't have DEFAULT.";
    }

    /** Columns that need no DEFAULT: keys, counters, generated columns and MySQL's large objects. */
    static boolean exempt(StatementContext statement, Statement ast, DefinedColumn column) {
        String specs = column.specs();
        return Ddl.inPrimaryKey(ast, column) || specs.contains(" GENERATED ") || specs.contains(" AS (")
                || column.catalogColumn().autoIncrement()
                || statement.engine().isMySqlFamily() && ColumnTypes.isMySqlLob(column.baseType());
    }
}
