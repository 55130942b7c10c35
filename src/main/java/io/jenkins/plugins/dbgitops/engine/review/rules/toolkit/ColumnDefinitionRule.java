package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;

/**
 * The family of rules that judge one column definition at a time: each column a CREATE TABLE or an ALTER TABLE ...
 * ADD, MODIFY or CHANGE writes ({@link DefinedColumns}). A rule says what is wrong with a column, and the finding is
 * reported at the column with the rule's impact.
 */
public abstract class ColumnDefinitionRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return DefinedColumns.STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        for (DefinedColumns.Column column : DefinedColumns.of(statement)) {
            problem(column, rule).ifPresent(subject -> rule.report(statement, offset(column),
                    Impact.of(subject, rule)));
        }
    }

    /** What is wrong with the column, as the subject of the finding ("Column `t`.`a` is float"), or empty. */
    protected abstract Optional<String> problem(DefinedColumns.Column column, RuleContext rule);

    /** Where in the statement the finding points: the column's definition. */
    protected int offset(DefinedColumns.Column column) {
        return column.offset();
    }
}
