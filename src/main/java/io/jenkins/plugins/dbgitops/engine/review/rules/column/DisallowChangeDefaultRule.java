package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/**
 * One rule for every change to how a column's value is produced when a client leaves it out: SET/DROP DEFAULT,
 * generated expressions and identity (our own rule; Squawk has none of that name).
 */
public final class DisallowChangeDefaultRule extends AlterTableClauseRule {
    private static final String[][] CHANGES = {
        {"SET", "DEFAULT"}, {"DROP", "DEFAULT"}, {"DROP", "EXPRESSION"}, {"SET", "EXPRESSION"}, {"ADD", "GENERATED"},
        {"SET", "GENERATED"}, {"DROP", "IDENTITY"}, {"RESTART"}, {"SET", "INCREMENT"}, {"SET", "START"},
    };
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.disallow-change-default")
            .title("Disallow changing a column's default, generation or identity")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Changing how a column's value is produced changes what existing clients write without noticing.")
            .help("Keep the default, generation expression and identity stable, or update every writer first.")
            .description("Clients that omit a column rely on its DEFAULT, generated expression or identity sequence."
                    + " SET/DROP DEFAULT, DROP/SET EXPRESSION, ADD/SET/DROP IDENTITY and RESTART silently change the"
                    + " values those clients store (or make their inserts fail), and an application rolled back after"
                    + " the change no longer gets the values it was written for; SET EXPRESSION also rewrites the"
                    + " table. Tables created in the same change are exempt.")
            .failing("ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';")
            .passing("ALTER TABLE orders ADD COLUMN note text;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (!clause.startsWith("ALTER")) {
            return null;
        }
        int action = clause.afterColumn();
        for (String[] change : CHANGES) {
            if (clause.find(change) == action) {
                return String.join(" ", change) + " on " + alter.table() + "." + clause.column().orElse("?")
                        + " changes the values existing clients write when they omit the column.";
            }
        }
        return null;
    }
}
