package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Squawk's adding-serial-primary-key-field (adding-primary-key-constraint in its source). */
public final class AddPrimaryKeyUsingIndexRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.add-primary-key-using-index")
            .title("Add primary keys USING INDEX")
            .origin("Squawk: adding-serial-primary-key-field")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Adding a primary key builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes.")
            .help("CREATE UNIQUE INDEX CONCURRENTLY first, then ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX.")
            .description("ALTER TABLE ... ADD PRIMARY KEY (and adding a serial or identity column declared PRIMARY"
                    + " KEY) creates a unique index while holding an ACCESS EXCLUSIVE lock, so the table is unusable for"
                    + " the whole build. Building the unique index concurrently and attaching it with USING INDEX needs"
                    + " the strong lock only for an instant. Tables created in the same change are exempt.")
            .failing("ALTER TABLE items ADD PRIMARY KEY (id);")
            .passing("ALTER TABLE items ADD CONSTRAINT items_pk PRIMARY KEY USING INDEX items_pk_idx;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("ADD") && clause.contains("PRIMARY", "KEY") && !clause.contains("USING", "INDEX")) {
            return "Adding a primary key to " + alter.table() + " builds its index under an ACCESS EXCLUSIVE lock;"
                    + " build a unique index concurrently and add the key USING INDEX.";
        }
        return null;
    }
}
