package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import net.sf.jsqlparser.statement.Statement;

/** Bytebase's {@code column.maximum-varchar-length}: VARCHAR columns stay below a length. */
public final class ColumnMaximumVarcharLengthRule extends ParsedRule {
    public ColumnMaximumVarcharLengthRule() {
        super(Ddl.COLUMN_DEFINING_TYPES);
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        int maximum = rule.config().integer("number");
        for (DefinedColumn column : Ddl.definedColumns(ast)) {
            if (ColumnTypes.isVarchar(column.baseType()) && ColumnMaximumCharacterLengthRule.length(column) > maximum) {
                rule.report(statement, column.offsetIn(statement.text()), "The length of the VARCHAR"
                        + " column " + Naming.quote(statement.engine(), column.table()) + "."
                        + Naming.quote(statement.engine(), column.name()) + " is bigger than " + maximum + ".");
            }
        }
    }
}
