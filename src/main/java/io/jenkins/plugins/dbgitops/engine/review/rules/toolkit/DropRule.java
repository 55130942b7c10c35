package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.drop.Drop;

/** The family of rules that judge a {@code DROP} statement, read from its tokens by {@link DropStatement}. */
public abstract class DropRule implements Rule {
    @Override
    public final List<Class<? extends Statement>> statementTypes() {
        return List.of(Drop.class); // what a DROP parses to; one the parser rejects reaches every rule
    }

    @Override
    public final void check(StatementContext statement, RuleContext rule) {
        DropStatement drop = DropStatement.of(statement).orElse(null); // no lambda per statement
        if (drop != null) {
            check(drop, statement, rule);
        }
    }

    /** Checks one DROP statement. */
    protected abstract void check(DropStatement drop, StatementContext statement, RuleContext rule);
}
