package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import net.sf.jsqlparser.statement.Statement;

/** Bytebase's {@code column.maximum-character-length}: long fixed-width CHAR columns should be VARCHAR. */
public final class ColumnMaximumCharacterLengthRule extends ParsedRule {
    public ColumnMaximumCharacterLengthRule() {
        super(Ddl.COLUMN_DEFINING_TYPES);
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        int maximum = rule.config().integer("number");
        for (DefinedColumn column : Ddl.definedColumns(ast)) {
            if (ColumnTypes.isFixedChar(column.baseType()) && length(column) > maximum) {
                rule.report(statement, column.offsetIn(statement.text()), "The length of the CHAR"
                        + " column " + Naming.quote(statement.engine(), column.table()) + "."
                        + Naming.quote(statement.engine(), column.name()) + " is bigger than " + maximum
                        + ", please use VARCHAR instead.");
            }
        }
    }

    /** The declared length; JSqlParser keeps it in the type text or, for NATIONAL CHAR, in the arguments. */
    static long length(DefinedColumn column) {
        long length = ColumnTypes.typeLength(column.type());
        if (length < 0 && column.definition().getColDataType() != null
                && column.definition().getColDataType().getArgumentsStringList() != null
                && !column.definition().getColDataType().getArgumentsStringList().isEmpty()) {
            length = ColumnTypes.typeLength("(" + column.definition().getColDataType().getArgumentsStringList().get(0) + ")");
        }
        return length;
    }
}
