package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.sql.TransactionStatement;

/**
 * Whether a statement opens or ends an explicit transaction block, as {@link TransactionStatement} reads it (savepoints
 * neither open nor end one).
 */
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
        return TransactionStatement.of(statement.text()).map(kind -> switch (kind) {
            case BEGIN -> BEGIN;
            case COMMIT, ROLLBACK -> END;
            default -> NONE;
        }).orElse(NONE);
    }
}
