package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns.Kind;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Optional;

/** Bytebase's {@code column.disallow-change}: no ALTER TABLE ... CHANGE COLUMN. */
public final class DisallowChangeRule extends ColumnDefinitionRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.disallow-change")
            .title("Disallow CHANGE COLUMN")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("CHANGE COLUMN renames and redefines a column in one step, so a typo in the repeated"
                    + " definition silently changes its type, default or nullability.")
            .help("Use RENAME COLUMN to rename and MODIFY COLUMN to change the definition.")
            .description("Checks ALTER TABLE for CHANGE [COLUMN] old new definition. The whole definition must be"
                    + " repeated; anything left out (NOT NULL, DEFAULT, COMMENT, character set) is dropped. RENAME"
                    + " COLUMN and MODIFY COLUMN each say what they change.")
            .failing("ALTER TABLE t CHANGE COLUMN b a int;")
            .passing("ALTER TABLE t RENAME COLUMN b TO a;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
