package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.RequireColumnOptionRule;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;

/** Bytebase's {@code column.require-charset}: every character column states its character set. */
public final class ColumnRequireCharsetRule extends RequireColumnOptionRule {
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

    public ColumnRequireCharsetRule() {
        super(DefinedColumns.Column::charset, "character set");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
