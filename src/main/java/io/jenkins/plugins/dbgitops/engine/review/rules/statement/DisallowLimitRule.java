package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Bytebase's {@code statement.disallow-limit}: LIMIT on INSERT ... SELECT, UPDATE and DELETE. On PostgreSQL only
 * INSERT ... SELECT ... LIMIT exists; UPDATE and DELETE with LIMIT are MySQL syntax.
 */
public final class DisallowLimitRule extends ParsedRule {
    public DisallowLimitRule() {
        super(List.of(Update.class, Delete.class, Insert.class));
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        boolean limited = ast instanceof Update update && update.getLimit() != null
                || ast instanceof Delete delete && delete.getLimit() != null
                || ast instanceof Insert insert && insert.getSelect() != null && hasLimit(insert.getSelect());
        if (limited) {
            rule.report(statement, "LIMIT clause is forbidden in INSERT, UPDATE and DELETE statement, but "
                    + StatementTexts.quote(statement) + " uses it: the rows it changes are not deterministic.");
        }
    }

    /** JSqlParser 5.4 attaches the LIMIT of a UNION to its last member, so members are checked too. */
    private static boolean hasLimit(Select select) {
        if (select instanceof SetOperationList union) {
            for (Select member : union.getSelects()) {
                if (hasLimit(member)) {
                    return true;
                }
            }
        }
        return select.getLimit() != null || select.getFetch() != null
                || select instanceof PlainSelect plain && plain.getTop() != null;
    }
}
