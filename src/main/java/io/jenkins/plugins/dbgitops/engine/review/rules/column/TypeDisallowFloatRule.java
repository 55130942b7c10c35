package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Approximate floating-point column types (FLOAT, DOUBLE, REAL, float4/float8), where exact values are expected. */
public final class TypeDisallowFloatRule extends ColumnDefinitionRule {
    private static final Set<String> FLOATING = Set.of("FLOAT", "DOUBLE", "REAL", "FLOAT4", "FLOAT8");

    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return FLOATING.contains(column.baseType()) ? Optional.of("Column " + column.qualifiedName() + " is "
                + column.baseType().toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
