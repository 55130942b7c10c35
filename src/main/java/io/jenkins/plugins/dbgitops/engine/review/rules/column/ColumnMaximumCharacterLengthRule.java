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

/** Bytebase's {@code column.maximum-character-length}: long fixed-width CHAR columns should be VARCHAR. */
public final class ColumnMaximumCharacterLengthRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return Ddl.COLUMN_DEFINING_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty()) {
            return;
        }
        int maximum = rule.config().integer("number");
        for (DefinedColumn column : Ddl.definedColumns(statement.ast().get())) {
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
