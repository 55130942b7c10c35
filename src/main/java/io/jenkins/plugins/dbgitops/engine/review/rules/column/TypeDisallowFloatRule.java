package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Approximate floating-point column types (FLOAT, DOUBLE, REAL, float4/float8), where exact values are expected. */
public final class TypeDisallowFloatRule extends ColumnDefinitionRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.type.disallow-float")
            .title("Disallow floating-point columns")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A floating-point column stores approximations: amounts such as 0.10 + 0.20 do not add up"
                    + " exactly, and sums of money drift by cents.")
            .help("Use DECIMAL/NUMERIC(precision, scale) for money and other exact quantities, or integer minor"
                    + " units such as cents.")
            .description("Reports FLOAT, DOUBLE [PRECISION], REAL, float4 and float8 columns in CREATE TABLE and"
                    + " ALTER TABLE ADD, MODIFY, CHANGE and ALTER COLUMN TYPE. Binary floating point cannot"
                    + " represent most decimal fractions, so prices, balances and quantities compare unequal and"
                    + " totals round differently from the invoice. Suppress the finding for genuine measurements.")
            .failing("CREATE TABLE payments (id bigint PRIMARY KEY, amount double precision);")
            .passing("CREATE TABLE payments (id bigint PRIMARY KEY, amount numeric(12, 2));")
            .build();

    private static final Set<String> FLOATING = Set.of("FLOAT", "DOUBLE", "REAL", "FLOAT4", "FLOAT8");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return FLOATING.contains(column.baseType()) ? Optional.of("Column " + column.qualifiedName() + " is "
                + column.baseType().toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
