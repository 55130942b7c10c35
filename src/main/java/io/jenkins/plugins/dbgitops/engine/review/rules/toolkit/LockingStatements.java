package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;

/** Statements that take a lock on an existing object that the application uses, for the timeout rules. */
public final class LockingStatements {
    private static final String[][] LOCKING = {
        {"DROP"}, {"TRUNCATE"}, {"REINDEX"}, {"CLUSTER"}, {"LOCK"}, {"VACUUM"}, {"CREATE", "TYPE"}, {"REFRESH"}, {"ALTER", "TYPE"},
        {"ALTER", "DOMAIN"}, {"ALTER", "INDEX"}, {"ALTER", "VIEW"}, {"ALTER", "MATERIALIZED"}, {"ALTER", "SEQUENCE"},
        {"CREATE", "TRIGGER"}, {"CREATE", "OR", "REPLACE", "TRIGGER"}, {"CREATE", "POLICY"}, {"ALTER", "POLICY"},
        {"CREATE", "RULE"}, {"COMMENT"},
    };

    private LockingStatements() {
    }

    /**
     * Whether the statement waits for a lock on an object that existed before the change: ALTER TABLE and
     * CREATE INDEX on tables not created in the files under review, and DROP, TRUNCATE, REINDEX and the like.
     */
    public static boolean locksExistingObject(StatementContext statement) {
        if (SqlTokens.startsWith(statement, "ALTER", "TABLE")) {
            return AlterTable.of(statement).map(alter -> !alter.createdInReview(statement)).orElse(true);
        }
        if (SqlTokens.startsWith(statement, "CREATE", "INDEX") || SqlTokens.startsWith(statement, "CREATE", "UNIQUE", "INDEX")) {
            List<Token> tokens = SqlTokens.of(statement);
            int on = Tokens.find(tokens, 2, "ON");
            if (on < 0) {
                return false;
            }
            int start = Tokens.startsWith(tokens, on + 1, "ONLY") ? on + 2 : on + 1;
            return !Tables.createdInReview(statement, Tokens.name(tokens, start, Tokens.skipName(tokens, start)));
        }
        if (SqlTokens.startsWith(statement, "COMMENT", "ON", "TABLE")
                || SqlTokens.startsWith(statement, "COMMENT", "ON", "COLUMN")) {
            return !commentTargetCreatedInReview(statement);
        }
        for (String[] keywords : LOCKING) {
            if (SqlTokens.startsWith(statement, keywords)) {
                return true;
            }
        }
        return false;
    }

    /** {@code COMMENT ON TABLE t} or {@code COMMENT ON COLUMN t.c} on a table the change itself creates. */
    private static boolean commentTargetCreatedInReview(StatementContext statement) {
        List<Token> tokens = SqlTokens.of(statement);
        String name = Tokens.name(tokens, 3, Tokens.skipName(tokens, 3));
        boolean column = tokens.get(2).is("COLUMN");
        String table = column && name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return Tables.createdInReview(statement, table);
    }
}
