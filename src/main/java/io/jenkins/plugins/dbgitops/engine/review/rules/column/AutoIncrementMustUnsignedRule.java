package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Optional;

/** Bytebase's {@code column.auto-increment-must-unsigned}; ZEROFILL implies UNSIGNED and passes, as in Bytebase. */
public final class AutoIncrementMustUnsignedRule extends ColumnDefinitionRule {
    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return column.has("AUTO_INCREMENT") && !column.has("UNSIGNED") && !column.has("ZEROFILL")
                ? Optional.of("Auto-increment column " + column.qualifiedName() + " is not UNSIGNED") : Optional.empty();
    }
}
