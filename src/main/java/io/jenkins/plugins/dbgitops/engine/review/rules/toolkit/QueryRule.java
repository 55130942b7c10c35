package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import net.sf.jsqlparser.parser.ASTNodeAccess;
import net.sf.jsqlparser.statement.Statement;

/**
 * The family of rules that judge the queries of a parsed statement: its SELECT blocks and condition nodes, listed
 * once per statement by {@link QueryTree} and shared by every such rule.
 */
public abstract class QueryRule extends ParsedRule {
    protected QueryRule() {
        super(QueryTree.STATEMENT_TYPES);
    }

    @Override
    protected final void check(Statement ast, StatementContext statement, RuleContext rule) {
        check(QueryTree.of(ast), statement, rule);
    }

    /** Checks the query tree of one parsed statement. */
    protected abstract void check(QueryTree query, StatementContext statement, RuleContext rule);

    /**
     * Reports the parts of a statement that break the rule as Bytebase's advisors do: PostgreSQL's once for the
     * statement, MySQL's once for each part, where it is written.
     */
    protected static void reportEach(StatementContext statement, RuleContext rule,
            List<? extends ASTNodeAccess> offending, String message) {
        if (statement.engine() == SqlEngine.POSTGRESQL) {
            rule.report(statement, message);
        } else {
            for (ASTNodeAccess part : offending) {
                rule.report(statement, StatementTexts.offsetOf(statement, part), message);
            }
        }
    }
}
