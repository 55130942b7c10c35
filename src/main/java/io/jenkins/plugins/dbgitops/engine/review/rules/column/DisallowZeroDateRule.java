package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MySQL zero dates as column defaults ({@code DEFAULT '0000-00-00'}, {@code '0000-00-00 00:00:00'}). The default is
 * read from the raw column definition: it is a literal, but never a secret.
 */
public final class DisallowZeroDateRule extends ColumnDefinitionRule {
    private static final Set<String> DATE_TYPES = Set.of("DATE", "DATETIME", "TIMESTAMP");
    private static final Pattern ZERO_DEFAULT = Pattern.compile("(?i)\\bDEFAULT\\s+'0000-00-00");

    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return DATE_TYPES.contains(column.baseType()) && ZERO_DEFAULT.matcher(column.definition()).find()
                ? Optional.of("Column " + column.qualifiedName() + " defaults to a zero date") : Optional.empty();
    }
}
