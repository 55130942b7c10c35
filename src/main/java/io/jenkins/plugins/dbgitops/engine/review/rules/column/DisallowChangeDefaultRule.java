package io.jenkins.plugins.dbgitops.engine.review.rules.column;

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
