package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.lock.LockStatement;

/** An explicit LOCK TABLE holds its lock until the migration's transaction ends. */
public final class DisallowLockTableRule implements Rule {
    /** LOCK, parsed or (PostgreSQL forms) not. */
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(LockStatement.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        List<Token> tokens = SqlTokens.startingWith(statement, "LOCK");
        if (tokens.isEmpty()) {
            return;
        }
        boolean weak = Tokens.contains(tokens, "IN", "ACCESS", "SHARE", "MODE")
                || Tokens.contains(tokens, "IN", "ROW", "SHARE", "MODE");
        if (!weak) {
            rule.report(statement);
        }
    }
}
