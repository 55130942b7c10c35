package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.NonTransactional;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.Tokens;
import io.jenkins.plugins.dbgitops.engine.sql.TransactionStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Squawk's prefer-robust-stmts: in a file that runs without a transaction, every statement should be safe to run
 * again after a partial failure. Files that run in a transaction are all-or-nothing and pass.
 */
public final class PreferRobustStatementsRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.prefer-robust-stmts")
            .title("Prefer re-runnable statements in non-transactional files")
            .origin("Squawk: prefer-robust-stmts")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("In a file that runs without a transaction, a statement that fails when re-run blocks the retry after a partial failure.")
            .help("Use IF NOT EXISTS / IF EXISTS, and DROP CONSTRAINT IF EXISTS before ADD CONSTRAINT, so the file can be re-run.")
            .description("A file marked -- dbgitops:no-transaction, or holding a statement such as CREATE INDEX"
                    + " CONCURRENTLY, runs statement by statement: if it fails halfway, the first statements stay"
                    + " applied and re-running the file fails on them. CREATE TABLE/INDEX ... IF NOT EXISTS, DROP ... IF"
                    + " EXISTS, ADD COLUMN IF NOT EXISTS and a DROP CONSTRAINT IF EXISTS before ADD CONSTRAINT make the"
                    + " retry safe. As in Squawk, any other ALTER TABLE action (ENABLE ROW LEVEL SECURITY, SET NOT"
                    + " NULL, ...) is flagged too, while statements inside an explicit BEGIN ... COMMIT, an unnamed"
                    + " index and a temporary table ON COMMIT DROP pass. An invalid index left by a failed CREATE INDEX"
                    + " CONCURRENTLY still needs dropping.")
            .failing("-- dbgitops:no-transaction\nCREATE INDEX CONCURRENTLY idx_orders_customer ON orders (customer_id);")
            .passing("-- dbgitops:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer ON orders (customer_id);")
            .build();

    /** Tables created with these words before TABLE (CREATE GLOBAL TEMP TABLE, CREATE UNLOGGED TABLE). */
    private static final Set<String> TABLE_PREFIXES = Set.of("GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED");

    private final List<Candidate> candidates = new ArrayList<>();
    /** Constraint names dropped in this file (true) and added back after the drop (false). */
    private final Map<String, Boolean> droppedConstraints = new HashMap<>();
    private boolean nonTransactional;
    /** Inside an explicit BEGIN ... COMMIT, where a failure rolls everything back. */
    private boolean inBlock;

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        candidates.clear();
        droppedConstraints.clear();
        nonTransactional = NonTransactional.declared(file);
        inBlock = false;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        nonTransactional |= NonTransactional.is(statement);
        TransactionStatement control = TransactionStatement.of(statement.text()).orElse(null);
        if (control != null) {
            inBlock = control == TransactionStatement.BEGIN
                    || inBlock && control != TransactionStatement.COMMIT && control != TransactionStatement.ROLLBACK;
            return;
        }
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
        boolean create = tokens.get(0).is("CREATE");
        int kind = 1;
        while (create && kind < tokens.size() && (tokens.get(kind).is("UNIQUE")
                || TABLE_PREFIXES.contains(tokens.get(kind).upper()) && tokens.get(kind).kind() == Token.Kind.WORD)) {
            kind++;
        }
        boolean table = Tokens.startsWith(tokens, kind, "TABLE");
        boolean index = Tokens.startsWith(tokens, kind, "INDEX");
        if (!(table || index || !create && kind < tokens.size() && !tokens.get(kind).is("DATABASE"))) {
            return;
        }
        boolean guarded = Tokens.contains(tokens, "IF", "NOT", "EXISTS") || Tokens.contains(tokens, "IF", "EXISTS");
        // Squawk: an unnamed index gets a fresh name on every run, and a temporary table dropped at commit is gone.
        boolean unnamedIndex = create && index && (Tokens.startsWith(tokens, kind + 1, "ON")
                || Tokens.startsWith(tokens, kind + 1, "CONCURRENTLY", "ON"));
        boolean droppedAtCommit = create && table && kind > 1 && Tokens.contains(tokens, "ON", "COMMIT", "DROP")
                && tokens.subList(1, kind).stream().anyMatch(t -> t.upper().startsWith("TEMP"));
        if (!guarded && !unnamedIndex && !droppedAtCommit && !inBlock) {
            candidates.add(new Candidate(statement, 0, tokens.get(0).upper() + " " + tokens.get(kind).upper()
                    + " without " + (create ? "IF NOT EXISTS" : "IF EXISTS") + " fails when the file is re-run."));
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
        if (!inBlock) {
            candidates.add(new Candidate(statement, clause.offset(), message));
        }
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        if (nonTransactional) {
            candidates.forEach(candidate -> rule.report(candidate.statement, candidate.offset, candidate.message));
        }
    }

    private record Candidate(StatementContext statement, int offset, String message) {
    }
}
