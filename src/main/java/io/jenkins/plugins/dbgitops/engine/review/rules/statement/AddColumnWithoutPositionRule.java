package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns.Kind;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Optional;

/** Bytebase's {@code statement.add-column-without-position}: ADD COLUMN appends, without FIRST or AFTER. */
public final class AddColumnWithoutPositionRule extends ColumnDefinitionRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.add-column-without-position")
            .title("Add columns without a position")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("A column added with FIRST or AFTER cannot use ALGORITHM=INSTANT on older servers and"
                    + " changes the meaning of positional SELECT * and INSERT.")
            .help("Drop FIRST/AFTER so the column is appended at the end.")
            .description("Checks ALTER TABLE ADD COLUMN for FIRST or AFTER. Before MySQL 8.0.29, and in MariaDB,"
                    + " only a column appended last can be added instantly; a positioned column rebuilds the"
                    + " table. Column order carries no meaning for well-written queries anyway.")
            .failing("ALTER TABLE t ADD COLUMN c int AFTER b;")
            .passing("ALTER TABLE t ADD COLUMN c int;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return column.kind() == Kind.ADD && (column.has("FIRST") || column.has("AFTER"))
                ? Optional.of("Column " + column.qualifiedName() + " is added at a position") : Optional.empty();
    }
}
