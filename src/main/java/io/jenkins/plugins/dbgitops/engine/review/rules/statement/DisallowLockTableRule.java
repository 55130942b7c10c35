package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.lock.LockStatement;

/** An explicit LOCK TABLE holds its lock until the migration's transaction ends. */
public final class DisallowLockTableRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-lock-table")
            .title("Disallow explicit LOCK TABLE")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("An explicit LOCK TABLE holds the lock until the migration commits, blocking the application for the whole file.")
            .help("Let each statement take the lock it needs, and keep lock_timeout short so a blocked migration gives up.")
            .description("LOCK TABLE without a mode takes ACCESS EXCLUSIVE, the strongest lock, and every explicit lock"
                    + " is held until the end of the transaction, which for a migration is the end of the file: all the"
                    + " statements after it run while the application waits. ACCESS SHARE and ROW SHARE locks, which"
                    + " block almost nothing, pass.")
            .failing("LOCK TABLE orders;")
            .passing("LOCK TABLE orders IN ACCESS SHARE MODE;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    /** LOCK, parsed or (PostgreSQL forms) not. */
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(LockStatement.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!SqlTokens.startsWith(statement, "LOCK")) {
            return;
        }
        List<Token> tokens = SqlTokens.of(statement);
        boolean weak = Tokens.contains(tokens, "IN", "ACCESS", "SHARE", "MODE")
                || Tokens.contains(tokens, "IN", "ROW", "SHARE", "MODE");
        if (!weak) {
            rule.report(statement);
        }
    }
}
