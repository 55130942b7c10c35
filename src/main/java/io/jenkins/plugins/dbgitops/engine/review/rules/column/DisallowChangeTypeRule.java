package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Bytebase's {@code column.disallow-change-type} (Squawk: changing-column-type). */
public final class DisallowChangeTypeRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.disallow-change-type")
            .title("Disallow changing a column's type")
            .origin("Bytebase; Squawk: changing-column-type")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Changing a column's type rewrites the table and its indexes under an ACCESS EXCLUSIVE lock and can break clients.")
            .help("Add a new column of the new type, backfill it in batches, switch the clients, then drop the old column.")
            .description("ALTER COLUMN ... TYPE (or SET DATA TYPE) usually rewrites the whole table and rebuilds every"
                    + " index on it while holding an ACCESS EXCLUSIVE lock, blocking reads and writes; a few changes"
                    + " (e.g. widening varchar) avoid the rewrite but still need the lock. Clients that read the"
                    + " column may also break on the new type. Tables created in the same change are exempt.")
            .failing("ALTER TABLE tech_book ALTER COLUMN id SET DATA TYPE INTEGER;")
            .passing("ALTER TABLE tech_book ADD COLUMN c1 int;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("ALTER") && (clause.find("TYPE") == clause.afterColumn()
                || clause.find("SET", "DATA", "TYPE") == clause.afterColumn())) {
            return "The statement changes the type of column " + alter.table() + "." + clause.column().orElse("?")
                    + ", which rewrites the table under an ACCESS EXCLUSIVE lock.";
        }
        return null;
    }
}
