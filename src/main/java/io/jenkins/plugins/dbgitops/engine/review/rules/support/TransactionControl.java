package io.jenkins.plugins.dbgitops.engine.review.rules.support;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;

/** Whether a statement opens or ends an explicit transaction block (JSqlParser 5.4 cannot parse BEGIN). */
public enum TransactionControl {
    BEGIN,
    END,
    NONE;

    /** Worked out once per statement: several rules follow the transaction blocks of every file. */
    private static final StatementContext.Fact<TransactionControl> OF = StatementContext.Fact.of(TransactionControl::find);

    public static TransactionControl of(StatementContext statement) {
        return statement.fact(OF);
    }

    private static TransactionControl find(StatementContext statement) {
        switch (SqlTokens.firstWord(statement)) {
            case "START":
            case "BEGIN":
            case "COMMIT":
            case "END":
            case "ABORT":
            case "ROLLBACK":
                break;
            default:
                return NONE; // every other statement, without trying each keyword below
        }
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
