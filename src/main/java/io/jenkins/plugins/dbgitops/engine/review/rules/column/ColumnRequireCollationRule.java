package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns.Kind;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/** Bytebase's {@code column.require-collation}: every character column states its collation. */
public final class ColumnRequireCollationRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.require-collation")
            .optIn()
            .title("Require a column collation")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("A character column without an explicit collation compares and sorts by defaults that differ"
                    + " between environments.")
            .help("Add COLLATE utf8mb4_0900_ai_ci (or your standard collation) to the column.")
            .description("Checks that CHAR, VARCHAR and TEXT columns in CREATE TABLE and ALTER TABLE ADD COLUMN"
                    + " name their collation, as Bytebase does. The collation decides case and accent sensitivity of"
                    + " comparisons and of unique indexes on the column.")
            .failing("CREATE TABLE t (id int PRIMARY KEY, name varchar(20));")
            .passing("CREATE TABLE t (id int PRIMARY KEY, name varchar(20) COLLATE utf8mb4_bin);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return DefinedColumns.STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        for (DefinedColumns.Column column : DefinedColumns.of(statement)) {
            boolean written = column.kind() == Kind.CREATE_TABLE || column.kind() == Kind.ADD;
            if (written && column.isCharacterType() && column.collation().isEmpty()) {
                rule.report(statement, column.offset(), Impact.of("Column " + column.qualifiedName() + " has no collation",
                        DEFINITION));
            }
        }
    }
}
