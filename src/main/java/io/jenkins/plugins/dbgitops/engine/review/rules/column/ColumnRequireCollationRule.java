package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.RequireColumnOptionRule;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;

/** Bytebase's {@code column.require-collation}: every character column states its collation. */
public final class ColumnRequireCollationRule extends RequireColumnOptionRule {
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

    public ColumnRequireCollationRule() {
        super(DefinedColumns.Column::collation, "collation");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
