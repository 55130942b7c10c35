package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Squawk's ban-drop-not-null: clients may rely on the column never being null. */
public final class DisallowDropNotNullRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.disallow-drop-not-null")
            .title("Disallow dropping NOT NULL")
            .origin("Squawk: ban-drop-not-null")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Dropping NOT NULL lets nulls in, which may break clients that expect the column to be non-null.")
            .help("Update every reader to handle NULL before dropping the constraint, or keep it.")
            .description("ALTER COLUMN ... DROP NOT NULL is cheap for the database but not backward compatible:"
                    + " application code, reports and downstream consumers written against a non-null column fail"
                    + " or misbehave on the first null. Tables created in the same change are exempt.")
            .failing("ALTER TABLE users ALTER COLUMN email DROP NOT NULL;")
            .passing("ALTER TABLE users ALTER COLUMN email SET DEFAULT '';")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("ALTER") && clause.find("DROP", "NOT", "NULL") == clause.afterColumn()) {
            return "Dropping NOT NULL on " + alter.table() + "." + clause.column().orElse("?")
                    + " may break clients that expect the column to be non-null.";
        }
        return null;
    }
}
