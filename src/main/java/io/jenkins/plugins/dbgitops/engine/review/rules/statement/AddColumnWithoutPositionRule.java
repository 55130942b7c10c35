package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns.Kind;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Optional;

/** Bytebase's {@code statement.add-column-without-position}: ADD COLUMN appends, without FIRST or AFTER. */
public final class AddColumnWithoutPositionRule extends ColumnDefinitionRule {
    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return column.kind() == Kind.ADD && (column.has("FIRST") || column.has("AFTER"))
                ? Optional.of("Column " + column.qualifiedName() + " is added at a position") : Optional.empty();
    }
}
