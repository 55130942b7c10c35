package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** MySQL integer display widths ({@code INT(11)}) and ZEROFILL, deprecated since MySQL 8.0.17. */
public final class TypeDisallowDisplayWidthRule extends ColumnDefinitionRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.type.disallow-display-width")
            .title("Disallow integer display width and ZEROFILL")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("An integer display width such as INT(11) does not limit the stored values, is deprecated since"
                    + " MySQL 8.0.17 and misleads readers into thinking it does.")
            .help("Write the integer type without a width (INT, BIGINT) and format numbers in the application.")
            .description("Reports TINYINT, SMALLINT, MEDIUMINT, INT and BIGINT columns with a display width, and"
                    + " ZEROFILL, in CREATE TABLE and ALTER TABLE. The width only pads output in some clients;"
                    + " MySQL 8 drops it from SHOW CREATE TABLE, so schema comparisons between servers report false"
                    + " differences. TINYINT(1), the conventional boolean, is accepted.")
            .failing("CREATE TABLE t (id int(11) NOT NULL PRIMARY KEY);")
            .passing("CREATE TABLE t (id int NOT NULL PRIMARY KEY, active tinyint(1));")
            .build();

    private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "INTEGER",
            "BIGINT");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
