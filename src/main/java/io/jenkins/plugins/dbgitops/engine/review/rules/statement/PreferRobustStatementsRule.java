package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NonTransactional;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
                    + " retry safe. An invalid index left by a failed CREATE INDEX CONCURRENTLY still needs dropping.")
            .failing("-- dbgitops:no-transaction\nCREATE INDEX CONCURRENTLY idx_orders_customer ON orders (customer_id);")
            .passing("-- dbgitops:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer ON orders (customer_id);")
            .build();

    private final List<Candidate> candidates = new ArrayList<>();
    private final Set<String> droppedConstraints = new HashSet<>();
    private boolean nonTransactional;

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        candidates.clear();
        droppedConstraints.clear();
        nonTransactional = NonTransactional.declared(file);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        nonTransactional |= NonTransactional.is(statement);
        if (SqlTokens.startsWith(statement, "CREATE") || SqlTokens.startsWith(statement, "DROP")) {
            List<Token> tokens = SqlTokens.of(statement);
            boolean create = tokens.get(0).is("CREATE");
            int kind = create && tokens.size() > 1 && tokens.get(1).is("UNIQUE") ? 2 : 1;
            if (Tokens.startsWith(tokens, kind, "TABLE") || Tokens.startsWith(tokens, kind, "INDEX")
                    || !create && kind < tokens.size() && !tokens.get(kind).is("DATABASE")) {
                boolean guarded = Tokens.contains(tokens, "IF", "NOT", "EXISTS") || Tokens.contains(tokens, "IF", "EXISTS");
                if (!guarded) {
                    candidates.add(new Candidate(statement, 0, tokens.get(0).upper() + " " + tokens.get(kind).upper()
                            + " without " + (create ? "IF NOT EXISTS" : "IF EXISTS") + " fails when the file is re-run."));
                }
            }
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

    private void check(StatementContext statement, AlterTable.Clause clause) {
        List<Token> tokens = clause.tokens();
        if (clause.startsWith("DROP", "CONSTRAINT", "IF", "EXISTS") && tokens.size() > 4) {
            droppedConstraints.add(tokens.get(4).upper());
        } else if (clause.startsWith("ADD", "CONSTRAINT") && tokens.size() > 2 && !clause.contains("USING", "INDEX")
                && !droppedConstraints.contains(tokens.get(2).upper())) {
            candidates.add(new Candidate(statement, clause.offset(), "ADD CONSTRAINT " + tokens.get(2).text()
                    + " fails when the file is re-run; drop it IF EXISTS first."));
        } else if (clause.isAddColumn() && !clause.contains("IF", "NOT", "EXISTS")
                || clause.startsWith("DROP") && !clause.startsWith("DROP", "CONSTRAINT") && !clause.contains("IF", "EXISTS")) {
            candidates.add(new Candidate(statement, clause.offset(), tokens.get(0).upper() + " COLUMN without "
                    + (tokens.get(0).is("ADD") ? "IF NOT EXISTS" : "IF EXISTS") + " fails when the file is re-run."));
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
