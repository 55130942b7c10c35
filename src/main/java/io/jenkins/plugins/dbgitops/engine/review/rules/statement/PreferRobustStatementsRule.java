package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.HeldFindings;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TransactionBlockRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Squawk's prefer-robust-stmts: in a file that runs without a transaction, every statement should be safe to run
 * again after a partial failure. Files that run in a transaction are all-or-nothing and pass.
 */
public final class PreferRobustStatementsRule extends TransactionBlockRule {
    /** Statements that fail a re-run, reported if the file runs without a transaction after all. */
    private final HeldFindings candidates = new HeldFindings();
    /** Constraint names dropped in this file (true) and added back after the drop (false). */
    private final Map<String, Boolean> droppedConstraints = new HashMap<>();

    @Override
    protected void start(FileContext file, RuleContext rule) {
        candidates.clear();
        droppedConstraints.clear();
    }

    /** Inside an explicit BEGIN ... COMMIT block a failure rolls everything back: only statements outside one count. */
    @Override
    protected void statementInFile(StatementContext statement, RuleContext rule) {
        if (SqlTokens.startsWith(statement, "CREATE") || SqlTokens.startsWith(statement, "DROP")) {
            checkCreateOrDrop(statement, SqlTokens.of(statement));
            return;
        }
        AlterTable alter = AlterTable.of(statement).orElse(null); // no lambda per statement: most are not ALTERs
        if (alter == null) {
            return;
        }
        for (AlterTable.Clause clause : alter.clauses()) {
            check(statement, clause);
        }
    }

    private void checkCreateOrDrop(StatementContext statement, List<Token> tokens) {
        String message = RobustCreateOrDrop.message(tokens);
        if (message != null && !inBlock()) {
            candidates.add(statement, 0, message);
        }
    }

    /** Squawk's verdict on each ALTER TABLE action: only the guarded ones and a constraint re-added after a drop pass. */
    private void check(StatementContext statement, AlterTable.Clause clause) {
        List<Token> tokens = clause.tokens();
        String message;
        if (clause.startsWith("DROP", "CONSTRAINT")) {
            int name = Tokens.skipIfExists(tokens, 2);
            if (name < tokens.size()) {
                droppedConstraints.put(tokens.get(name).upper(), true);
            }
            if (name > 2) {
                return;
            }
            message = "DROP CONSTRAINT without IF EXISTS fails when the file is re-run.";
        } else if (clause.startsWith("ADD", "CONSTRAINT") && tokens.size() > 2) {
            if (Boolean.TRUE.equals(droppedConstraints.get(tokens.get(2).upper()))) {
                droppedConstraints.put(tokens.get(2).upper(), false);
                return;
            }
            message = "ADD CONSTRAINT " + tokens.get(2).text() + " fails when the file is re-run; drop it IF EXISTS first.";
        } else if (clause.startsWith("VALIDATE", "CONSTRAINT") && tokens.size() > 2
                && droppedConstraints.containsKey(tokens.get(2).upper())) {
            return;
        } else if (clause.isAddColumn() || clause.startsWith("DROP") && !clause.startsWith("DROP", "CONSTRAINT")) {
            boolean add = tokens.get(0).is("ADD");
            if (clause.contains("IF", "NOT", "EXISTS") || !add && clause.contains("IF", "EXISTS")) {
                return;
            }
            message = tokens.get(0).upper() + " COLUMN without " + (add ? "IF NOT EXISTS" : "IF EXISTS")
                    + " fails when the file is re-run.";
        } else {
            message = "This ALTER TABLE action runs without a transaction, so a failure part way through cannot be retried safely.";
        }
        if (!inBlock()) {
            candidates.add(statement, clause.offset(), message);
        }
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        if (!runsInTransaction()) {
            candidates.report(rule);
        }
    }
}
