package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** MySQL integer display widths ({@code INT(11)}) and ZEROFILL, deprecated since MySQL 8.0.17. */
public final class TypeDisallowDisplayWidthRule extends ColumnDefinitionRule {
    private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "INTEGER",
            "BIGINT");

    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        if (!INTEGERS.contains(column.baseType())) {
            return Optional.empty();
        }
        boolean width = column.tokens().size() > 2 && column.tokens().get(1).equals("(")
                && !(column.baseType().equals("TINYINT") && column.tokens().get(2).equals("1"));
        return width || column.has("ZEROFILL") ? Optional.of("Column " + column.qualifiedName() + " declares "
                + (width ? "a display width" : "ZEROFILL") + " on " + column.baseType().toLowerCase(Locale.ROOT))
                : Optional.empty();
    }
}
