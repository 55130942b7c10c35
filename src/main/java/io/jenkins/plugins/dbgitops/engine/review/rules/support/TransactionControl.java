package io.jenkins.plugins.dbgitops.engine.review.rules.support;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;

/** Whether a statement opens or ends an explicit transaction block (JSqlParser 5.4 cannot parse BEGIN). */
public enum TransactionControl {
    BEGIN,
    END,
    NONE;

    public static TransactionControl of(StatementContext statement) {
        if (SqlTokens.startsWith(statement, "START", "TRANSACTION")) {
            return BEGIN;
        }
        if (SqlTokens.startsWith(statement, "BEGIN")) {
            List<Token> tokens = SqlTokens.of(statement);
            // BEGIN [WORK | TRANSACTION] [modes]; MySQL's BEGIN NOT ATOMIC is a compound statement, not a transaction
            return tokens.size() > 1 && !tokens.get(1).is("WORK") && !tokens.get(1).is("TRANSACTION")
                    && !tokens.get(1).is("ISOLATION") && !tokens.get(1).is("READ") && !tokens.get(1).is("DEFERRABLE")
                    && !tokens.get(1).is("NOT") ? NONE : BEGIN;
        }
        if (SqlTokens.startsWith(statement, "COMMIT") || SqlTokens.startsWith(statement, "END")
                || SqlTokens.startsWith(statement, "ABORT")) {
            return SqlTokens.startsWith(statement, "COMMIT", "PREPARED") ? NONE : END;
        }
        if (SqlTokens.startsWith(statement, "ROLLBACK")) {
            return Tokens.contains(SqlTokens.of(statement), "TO") || SqlTokens.startsWith(statement, "ROLLBACK", "PREPARED")
                    ? NONE : END;
        }
        return NONE;
    }
}
