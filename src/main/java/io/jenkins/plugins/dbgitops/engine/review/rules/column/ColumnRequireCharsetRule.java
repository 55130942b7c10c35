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

/** Bytebase's {@code column.require-charset}: every character column states its character set. */
public final class ColumnRequireCharsetRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.require-charset")
            .optIn()
            .title("Require a column character set")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("A character column without an explicit character set depends on table and server defaults"
                    + " that differ between environments.")
            .help("Add CHARACTER SET utf8mb4 (or your standard character set) to the column.")
            .description("Checks that CHAR, VARCHAR and TEXT columns in CREATE TABLE and ALTER TABLE ADD COLUMN"
                    + " name their character set, as Bytebase does (MODIFY and CHANGE are not checked, nor ENUM and"
                    + " SET). Otherwise the column takes the table's default, which in turn comes from the database"
                    + " and server settings of each environment.")
            .failing("CREATE TABLE t (id int PRIMARY KEY, name varchar(20));")
            .passing("CREATE TABLE t (id int PRIMARY KEY, name varchar(20) CHARACTER SET utf8mb4);")
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
            if (written && column.isCharacterType() && column.charset().isEmpty()) {
                rule.report(statement, column.offset(), Impact.of("Column " + column.qualifiedName() + " has no character set",
                        DEFINITION));
            }
        }
    }
}
