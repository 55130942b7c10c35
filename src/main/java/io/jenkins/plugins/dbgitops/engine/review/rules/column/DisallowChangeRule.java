package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns.Kind;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Optional;

/** Bytebase's {@code column.disallow-change}: no ALTER TABLE ... CHANGE COLUMN. */
public final class DisallowChangeRule extends ColumnDefinitionRule {
    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return column.kind() == Kind.CHANGE ? Optional.of("ALTER TABLE " + column.table() + " changes column "
                + column.oldName() + " with CHANGE COLUMN") : Optional.empty();
    }

    /** At the statement, as Bytebase reports it. */
    @Override
    protected int offset(DefinedColumns.Column column) {
        return 0;
    }
}
