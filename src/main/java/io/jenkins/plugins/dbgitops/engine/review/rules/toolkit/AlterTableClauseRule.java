package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;

/**
 * The shape of most lock-safety rules: look at each clause of an {@code ALTER TABLE} and report the risky ones at
 * the clause. Tables created earlier in the files under review are exempt unless a rule says otherwise: they are
 * empty and unused when the change deploys.
 */
public abstract class AlterTableClauseRule implements Rule {
    /** A parsed ALTER TABLE is an {@code Alter}; what JSqlParser rejects reaches the rule whatever it declares. */
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Alter.class);
    }

    @Override
    public final void check(StatementContext statement, RuleContext rule) {
        AlterTable.of(statement).ifPresent(alter -> {
            if (exemptsNewTables() && alter.createdInReview(statement)) {
                return;
            }
            for (AlterTable.Clause clause : alter.clauses()) {
                String message = finding(statement, alter, clause);
                if (message != null) {
                    rule.report(statement, clause.offset(), message);
                }
            }
        });
    }

    /** Whether tables created in the files under review are exempt; true by default. */
    protected boolean exemptsNewTables() {
        return true;
    }

    /** The finding's message for a risky clause, or null when the clause is fine. */
    protected abstract String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause);
}
