package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/** Squawk's prefer-repack, for VACUUM FULL; JSqlParser 5.4 cannot parse VACUUM, so it is read token-wise. */
public final class DisallowVacuumFullRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-vacuum-full")
            .title("Disallow VACUUM FULL")
            .origin("Squawk: prefer-repack")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock, blocking reads and writes.")
            .help("Use REPACK (CONCURRENTLY) on PostgreSQL 19+, or pg_repack, or a plain VACUUM.")
            .description("VACUUM FULL copies the whole table and rebuilds its indexes while holding an ACCESS EXCLUSIVE"
                    + " lock: nothing can read or write the table until it finishes, and it needs room for a second copy."
                    + " REPACK (CONCURRENTLY) in PostgreSQL 19 or the pg_repack extension reclaim the space without the"
                    + " long lock; a plain VACUUM makes the space reusable without any blocking.")
            .failing("VACUUM FULL orders;")
            .passing("VACUUM (ANALYZE) orders;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    /** JSqlParser 5.4 parses no VACUUM. */
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return JudgedTypes.UNPARSED_ONLY;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!SqlTokens.startsWith(statement, "VACUUM")) {
            return;
        }
        List<Token> tokens = SqlTokens.of(statement);
        boolean full = tokens.size() > 1 && tokens.get(1).is("FULL");
        if (tokens.size() > 1 && tokens.get(1).isSymbol('(')) {
            for (int i = 2; i < tokens.size() && !tokens.get(i).isSymbol(')'); i++) {
                boolean disabled = i + 1 < tokens.size() && (tokens.get(i + 1).is("FALSE") || tokens.get(i + 1).is("OFF")
                        || tokens.get(i + 1).upper().equals("0"));
                full |= tokens.get(i).is("FULL") && !disabled;
            }
        }
        if (full) {
            rule.report(statement);
        }
    }
}
