package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns.Kind;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Optional;

/** Bytebase's {@code column.disallow-changing-order}: MODIFY or CHANGE COLUMN with FIRST or AFTER. */
public final class DisallowChangingOrderRule extends ColumnDefinitionRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.disallow-changing-order")
            .title("Disallow changing column order")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("Moving a column rebuilds the whole table with ALGORITHM=COPY and breaks code that reads"
                    + " columns by position.")
            .help("Leave columns where they are; order columns in queries with an explicit select list.")
            .description("Checks ALTER TABLE MODIFY and CHANGE COLUMN for FIRST or AFTER. Reordering columns is"
                    + " never an in-place operation in MySQL: the table is copied row by row while writes are"
                    + " blocked, and SELECT * or INSERT without a column list silently changes meaning.")
            .failing("ALTER TABLE t MODIFY COLUMN a int AFTER b;")
            .passing("ALTER TABLE t MODIFY COLUMN a bigint;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return (column.kind() == Kind.MODIFY || column.kind() == Kind.CHANGE)
                && (column.has("FIRST") || column.has("AFTER"))
                ? Optional.of("Column " + column.qualifiedName() + " is moved") : Optional.empty();
    }
}
