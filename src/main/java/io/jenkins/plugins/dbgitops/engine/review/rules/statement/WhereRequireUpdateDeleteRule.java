package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.update.Update;

/** Bytebase's {@code statement.where.require.update-delete}. */
public final class WhereRequireUpdateDeleteRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Update.class, Delete.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        Statement ast = statement.ast().orElse(null); // instanceof, not Optional chains: called for every statement
        boolean missing = ast instanceof Update update && update.getWhere() == null
                || ast instanceof Delete delete && delete.getWhere() == null;
        if (missing) {
            rule.report(statement, StatementTexts.quote(statement)
                    + " requires WHERE clause: as written it changes every row.");
        }
    }
}
