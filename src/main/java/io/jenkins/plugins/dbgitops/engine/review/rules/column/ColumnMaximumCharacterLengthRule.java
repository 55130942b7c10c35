package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/** Bytebase's {@code column.maximum-character-length}: long fixed-width CHAR columns should be VARCHAR. */
public final class ColumnMaximumCharacterLengthRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.maximum-character-length")
            .title("Maximum CHAR length")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A long CHAR column pads every value with spaces, wasting space and surprising comparisons.")
            .help("Use VARCHAR for the column, or a shorter CHAR.")
            .description("Checks that CHAR(n) / CHARACTER(n) columns of CREATE TABLE and ALTER TABLE are at most"
                    + " `number` characters long. CHAR stores and compares space-padded values of a fixed width;"
                    + " beyond short codes VARCHAR is the better type.")
            .failing("CREATE TABLE users (id bigint PRIMARY KEY, display_name char(100));")
            .passing("CREATE TABLE users (id bigint PRIMARY KEY, display_name varchar(100));")
            .payload(PayloadField.integer("number", 20, "Longest CHAR allowed."))
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
