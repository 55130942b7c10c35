package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;
import java.util.List;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;

/** Squawk's renaming-column, for PostgreSQL ({@code RENAME COLUMN}) and MySQL/MariaDB (also {@code CHANGE}). */
public final class ColumnDisallowRenameRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        List<Token> tokens = clause.tokens();
        if (clause.startsWith("RENAME", "COLUMN") && tokens.size() >= 5) {
            return message(alter, tokens.get(2).text(), tokens.get(4).text());
        }
        if (clause.startsWith("RENAME") && tokens.size() == 4 && tokens.get(1).isIdentifier()
                && !isRenameTarget(tokens.get(1)) && tokens.get(2).is("TO")) {
            return message(alter, tokens.get(1).text(), tokens.get(3).text()); // PostgreSQL: COLUMN is optional
        }
        if (statement.engine().isMySqlFamily() && clause.startsWith("CHANGE")) {
            int at = tokens.size() > 1 && tokens.get(1).is("COLUMN") ? 2 : 1;
            if (tokens.size() > at + 1 && !tokens.get(at).text().equalsIgnoreCase(tokens.get(at + 1).text())) {
                return message(alter, tokens.get(at).text(), tokens.get(at + 1).text());
            }
        }
        return null;
    }

    private static boolean isRenameTarget(Token token) {
        return token.kind() == Token.Kind.WORD && (token.is("TO") || token.is("AS") || token.is("CONSTRAINT")
                || token.is("INDEX") || token.is("KEY"));
    }

    private static String message(AlterTable alter, String from, String to) {
        return "Renaming column " + alter.table() + "." + from + " to " + to
                + " breaks every client that still uses the old name.";
    }
}
