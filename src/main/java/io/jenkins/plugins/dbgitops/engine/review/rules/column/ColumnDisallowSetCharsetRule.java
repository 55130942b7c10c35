package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Locale;
import java.util.Optional;

/** Bytebase's {@code column.disallow-set-charset}: columns inherit the table's character set. */
public final class ColumnDisallowSetCharsetRule extends ColumnDefinitionRule {
    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return column.charset().map(charset -> "Column " + column.qualifiedName() + " sets character set "
                + charset.toLowerCase(Locale.ROOT));
    }
}
