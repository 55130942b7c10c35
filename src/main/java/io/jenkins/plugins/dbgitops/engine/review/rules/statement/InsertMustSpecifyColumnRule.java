package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.insert.Insert;

/** Bytebase's {@code statement.insert.must-specify-column}. */
public final class InsertMustSpecifyColumnRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Insert.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        // instanceof, not an Optional chain of lambdas: called for every statement
        if (statement.ast().orElse(null) instanceof Insert insert
                && (insert.getColumns() == null || insert.getColumns().isEmpty())
                && (insert.getSetUpdateSets() == null || insert.getSetUpdateSets().isEmpty())) {
            rule.report(statement, "The INSERT statement must specify columns but " + StatementTexts.quote(statement)
                    + " does not.");
        }
    }
}
