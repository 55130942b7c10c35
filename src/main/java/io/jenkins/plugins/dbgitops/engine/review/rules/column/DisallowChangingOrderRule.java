package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns.Kind;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Optional;

/** Bytebase's {@code column.disallow-changing-order}: MODIFY or CHANGE COLUMN with FIRST or AFTER. */
public final class DisallowChangingOrderRule extends ColumnDefinitionRule {
    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return (column.kind() == Kind.MODIFY || column.kind() == Kind.CHANGE)
                && (column.has("FIRST") || column.has("AFTER"))
                ? Optional.of("Column " + column.qualifiedName() + " is moved") : Optional.empty();
    }
}
