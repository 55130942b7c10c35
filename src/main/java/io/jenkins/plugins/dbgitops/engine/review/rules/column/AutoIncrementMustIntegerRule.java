package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
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
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.auto-increment-must-integer")
            .title("AUTO_INCREMENT columns must be integers")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.ERROR)
            .message("An AUTO_INCREMENT column of a non-integer type loses precision or runs out unexpectedly.")
            .help("Use an integer type (INT or BIGINT, preferably UNSIGNED) for the AUTO_INCREMENT column.")
            .description("Checks that AUTO_INCREMENT columns of CREATE TABLE and ALTER TABLE ... ADD, MODIFY and"
                    + " CHANGE have an integer type. MySQL still accepts FLOAT and DOUBLE counters (deprecated since"
                    + " 8.0.17), whose values stop being exact above 2^24 or 2^53.")
            .failing("CREATE TABLE orders (id double AUTO_INCREMENT PRIMARY KEY);")
            .passing("CREATE TABLE orders (id bigint AUTO_INCREMENT PRIMARY KEY);")
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
