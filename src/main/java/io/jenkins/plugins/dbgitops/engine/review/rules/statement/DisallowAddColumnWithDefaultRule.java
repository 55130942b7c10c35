package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/**
 * Bytebase's {@code statement.disallow-add-column-with-default} (Squawk: adding-field-with-default as it was before
 * PostgreSQL 11). Any DEFAULT is flagged, as Bytebase does; {@code column.default-disallow-volatile} is the precise
 * check for PostgreSQL 11 and later.
 */
public final class DisallowAddColumnWithDefaultRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-add-column-with-default")
            .title("Disallow adding a column with a default")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Adding column with DEFAULT will locked the whole table and rewriting each rows.")
            .help("Add the column without a default, set the default in a second statement and backfill in batches.")
            .description("Before PostgreSQL 11, ADD COLUMN ... DEFAULT rewrote the whole table under an ACCESS"
                    + " EXCLUSIVE lock. Since PostgreSQL 11 a constant (non-volatile) default is stored in the catalog"
                    + " and the statement is instant; only volatile defaults such as random() or clock_timestamp()"
                    + " still rewrite the table, which column.default-disallow-volatile checks precisely. This rule"
                    + " keeps Bytebase's stricter behaviour for policies brought over from Bytebase and for servers"
                    + " older than 11. Tables created in the same change are exempt.")
            .failing("ALTER TABLE tech_book ADD COLUMN c int DEFAULT 0;")
            .passing("ALTER TABLE tech_book ADD COLUMN c int;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.isAddColumn() && clause.contains("DEFAULT")) {
            return "Adding column " + clause.column().orElse("?") + " to " + alter.table()
                    + " with DEFAULT locks the whole table and, before PostgreSQL 11 or with a volatile default,"
                    + " rewrites every row.";
        }
        return null;
    }
}
