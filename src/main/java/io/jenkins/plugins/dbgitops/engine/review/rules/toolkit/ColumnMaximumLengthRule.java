package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.function.Predicate;
import net.sf.jsqlparser.statement.Statement;

/**
 * The family of Bytebase's {@code column.maximum-character-length} and {@code column.maximum-varchar-length}: a
 * column of one character type declared longer than the payload's {@code number}.
 */
public abstract class ColumnMaximumLengthRule extends DefinedColumnRule {
    private final Predicate<String> type;
    private final String typeName;
    private final String remedy;

    /**
     * @param type     whether a base type ({@link DefinedColumn#baseType}) is the one judged
     * @param typeName the type in messages: "CHAR", "VARCHAR"
     * @param remedy   the end of the message, after the maximum
     */
    protected ColumnMaximumLengthRule(Predicate<String> type, String typeName, String remedy) {
        this.type = type;
        this.typeName = typeName;
        this.remedy = remedy;
    }

    @Override
    protected String finding(DefinedColumn column, Statement ast, StatementContext statement, RuleContext rule) {
        if (!type.test(column.baseType())) {
            return null;
        }
        int maximum = rule.config().integer("number");
        return length(column) > maximum ? "The length of the " + typeName + " column " + quotedName(statement, column)
                + " is bigger than " + maximum + remedy : null;
    }

    /** The declared length; JSqlParser keeps it in the type text or, for NATIONAL CHAR, in the arguments. */
    private static long length(DefinedColumn column) {
        long length = ColumnTypes.typeLength(column.type());
        if (length < 0 && column.definition().getColDataType() != null
                && column.definition().getColDataType().getArgumentsStringList() != null
                && !column.definition().getColDataType().getArgumentsStringList().isEmpty()) {
            length = ColumnTypes.typeLength("(" + column.definition().getColDataType().getArgumentsStringList().get(0) + ")");
        }
        return length;
    }
}
