package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * The family of rules that judge the indexes, keys and constraints a parsed statement creates
 * ({@link TableIndexes#created}: CREATE TABLE, ALTER TABLE ... ADD, CREATE INDEX), all of them together; a rule that
 * judges each on its own is a {@link NewIndexRule}.
 */
public abstract class NewIndexesRule extends ParsedRule {
    protected NewIndexesRule() {
        super(TableIndexes.STATEMENT_TYPES);
    }

    @Override
    protected final void check(Statement ast, StatementContext statement, RuleContext rule) {
        List<TableIndexes.NewIndex> created = TableIndexes.created(statement);
        if (!created.isEmpty()) { // most ALTER TABLEs add none
            check(created, statement, rule);
        }
    }

    /** Checks the indexes one statement creates (at least one), in the order it writes them. */
    protected abstract void check(List<TableIndexes.NewIndex> created, StatementContext statement, RuleContext rule);
}
