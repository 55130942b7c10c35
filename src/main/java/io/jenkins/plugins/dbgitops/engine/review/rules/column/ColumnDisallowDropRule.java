package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;

/** Squawk's ban-drop-column, for PostgreSQL and MySQL/MariaDB. */
public final class ColumnDisallowDropRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (!clause.startsWith("DROP") || clause.tokens().size() < 2) {
            return null;
        }
        Token second = clause.tokens().get(1);
        boolean column = second.is("COLUMN") || second.kind() == Token.Kind.QUOTED
                || second.kind() == Token.Kind.WORD && !isOtherDrop(second.upper());
        if (column) {
            return "Dropping column " + alter.table() + "." + clause.column().orElse("?")
                    + " may break existing clients and loses its data.";
        }
        return null;
    }

    private static boolean isOtherDrop(String word) {
        switch (word) {
            case "CONSTRAINT":
            case "PRIMARY":
            case "FOREIGN":
            case "INDEX":
            case "KEY":
            case "CHECK":
            case "PARTITION":
            case "DEFAULT":
            case "SYSTEM":
            case "PERIOD":
                return true;
            default:
                return false;
        }
    }
}
