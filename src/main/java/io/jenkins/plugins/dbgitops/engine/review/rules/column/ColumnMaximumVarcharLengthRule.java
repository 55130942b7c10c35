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

/** Bytebase's {@code column.maximum-varchar-length}: VARCHAR columns stay below a length. */
public final class ColumnMaximumVarcharLengthRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.maximum-varchar-length")
            .title("Maximum VARCHAR length")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A very long VARCHAR column strains row size and index limits; a TEXT column says what it is.")
            .help("Shorten the VARCHAR, or use TEXT for free-form content.")
            .description("Checks that VARCHAR(n) / CHARACTER VARYING(n) columns of CREATE TABLE and ALTER TABLE are"
                    + " at most `number` characters long. In MySQL long VARCHARs eat into the 65,535-byte row limit"
                    + " and cannot be fully indexed; in both engines a huge limit is no limit at all.")
            .failing("CREATE TABLE posts (id bigint PRIMARY KEY, body varchar(10000));")
            .passing("CREATE TABLE posts (id bigint PRIMARY KEY, body text);")
            .payload(PayloadField.integer("number", 2560, "Longest VARCHAR allowed."))
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
            if (ColumnTypes.isVarchar(column.baseType()) && ColumnMaximumCharacterLengthRule.length(column) > maximum) {
                rule.report(statement, column.offsetIn(statement.text()), "The length of the VARCHAR"
                        + " column " + Naming.quote(statement.engine(), column.table()) + "."
                        + Naming.quote(statement.engine(), column.name()) + " is bigger than " + maximum + ".");
            }
        }
    }
}
