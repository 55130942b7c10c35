package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/** Bytebase's {@code index.key-number-limit}: an index covers at most {@code number} columns. */
public final class IndexKeyNumberLimitRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return TableIndexes.STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty()) {
            return;
        }
        int limit = rule.config().integer("number");
        for (TableIndexes.NewIndex index : TableIndexes.created(statement)) {
            if (index.kind() != Ddl.IndexKind.FOREIGN && index.columns().size() > limit) {
                rule.report(statement, TableIndexes.offset(statement, index), "The number of index "
                        + Naming.quote(statement.engine(), index.name().isEmpty() ? "(unnamed)" : index.name())
                        + " in table " + Naming.quote(statement.engine(), index.tableName()) + " should be not greater"
                        + " than " + limit + ", but it has " + index.columns().size() + " columns.");
            }
        }
    }
}
