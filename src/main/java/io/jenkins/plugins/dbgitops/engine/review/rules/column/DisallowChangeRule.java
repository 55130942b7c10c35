package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns.Kind;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/** Bytebase's {@code column.disallow-change}: no ALTER TABLE ... CHANGE COLUMN. */
public final class DisallowChangeRule implements Rule {
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
    public List<Class<? extends Statement>> statementTypes() {
        return DefinedColumns.STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        for (DefinedColumns.Column column : DefinedColumns.of(statement)) {
            if (column.kind() == Kind.CHANGE) {
                rule.report(statement, Impact.of("ALTER TABLE " + column.table() + " changes column "
                        + column.oldName() + " with CHANGE COLUMN", DEFINITION));
            }
        }
    }
}
