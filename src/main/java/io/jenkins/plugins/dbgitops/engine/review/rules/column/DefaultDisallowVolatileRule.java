package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import java.util.List;
import java.util.Set;

/**
 * Bytebase's {@code column.default-disallow-volatile} with Squawk's precision (adding-field-with-default): a default
 * that calls a volatile or unknown function, or a stored generated column, makes ADD COLUMN rewrite the table.
 * Unlike Bytebase, {@code now()} and other STABLE functions pass: PostgreSQL evaluates them once, without a rewrite.
 */
public final class DefaultDisallowVolatileRule extends AlterTableClauseRule {
    /** Functions PostgreSQL marks IMMUTABLE or STABLE, evaluated once for ADD COLUMN. */
    private static final Set<String> NON_VOLATILE = Set.of("NOW", "CURRENT_TIMESTAMP", "CURRENT_DATE", "LOCALTIMESTAMP",
            "TRANSACTION_TIMESTAMP", "STATEMENT_TIMESTAMP", "LOWER", "UPPER", "COALESCE", "NULLIF", "LENGTH",
            "CONCAT", "TRIM", "ABS", "ROUND", "GREATEST", "LEAST", "MAKE_DATE", "MAKE_INTERVAL", "INTERVAL",
            "JSONB_BUILD_OBJECT", "JSON_BUILD_OBJECT", "JSONB_BUILD_ARRAY", "ARRAY", "CAST", "TO_JSONB",
            "TIMEZONE", "DATE_TRUNC", "CHAR_LENGTH", "TO_TIMESTAMP", "TO_DATE", "SUBSTRING", "REPLACE", "CURRENT_SETTING", "CURRENT_USER", "SESSION_USER");
    /** Of those, the functions that take no argument. */
    private static final Set<String> NILADIC = Set.of("NOW", "TRANSACTION_TIMESTAMP", "STATEMENT_TIMESTAMP");
    private static final Set<String> CONSTRAINTS = Set.of("NOT", "NULL", "CHECK", "REFERENCES", "CONSTRAINT",
            "PRIMARY", "UNIQUE", "GENERATED", "COLLATE");

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (!clause.isAddColumn()) {
            return null;
        }
        String column = alter.table() + "." + clause.column().orElse("?");
        if (clause.contains("GENERATED") && clause.contains("STORED")) {
            return "Column " + column + " is a stored generated column: adding it rewrites the whole table.";
        }
        int at = clause.find("DEFAULT");
        if (at < 0) {
            return null;
        }
        List<Token> tokens = clause.tokens();
        int depth = 0;
        for (int i = at + 1; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            depth += token.isSymbol('(') ? 1 : token.isSymbol(')') ? -1 : 0;
            if (depth == 0 && token.kind() == Token.Kind.WORD && CONSTRAINTS.contains(token.upper())) {
                return null; // the default expression ends where the column's constraints begin
            }
            boolean call = token.kind() == Token.Kind.WORD && tokens.get(i + 1).isSymbol('(');
            // now(123) is no function PostgreSQL knows, so nothing says it is not volatile (as Squawk judges it)
            boolean knownCall = NON_VOLATILE.contains(token.upper()) && !(NILADIC.contains(token.upper())
                    && i + 2 < tokens.size() && !tokens.get(i + 2).isSymbol(')'));
            if (call && !knownCall) {
                return "Column " + column + " has volatile DEFAULT " + token.text()
                        + "(): adding it rewrites the whole table.";
            }
        }
        return null;
    }
}
