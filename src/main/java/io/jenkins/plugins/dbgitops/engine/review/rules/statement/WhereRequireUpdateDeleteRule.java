package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.update.Update;

/** Bytebase's {@code statement.where.require.update-delete}. */
public final class WhereRequireUpdateDeleteRule extends ParsedRule {
    public WhereRequireUpdateDeleteRule() {
        super(List.of(Update.class, Delete.class));
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        boolean missing = ast instanceof Update update && update.getWhere() == null
                || ast instanceof Delete delete && delete.getWhere() == null;
        if (missing) {
            rule.report(statement, StatementTexts.quote(statement)
                    + " requires WHERE clause: as written it changes every row.");
        }
    }
}
