package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Squawk's disallowed-unique-constraint. */
public final class AddUniqueUsingIndexRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.add-unique-using-index")
            .title("Add unique constraints USING INDEX")
            .origin("Squawk: disallowed-unique-constraint")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Adding a unique constraint builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes.")
            .help("CREATE UNIQUE INDEX CONCURRENTLY first, then ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX.")
            .description("ALTER TABLE ... ADD UNIQUE (or ADD COLUMN ... UNIQUE) builds a unique index while holding"
                    + " an ACCESS EXCLUSIVE lock for the whole build. Build the index with CREATE UNIQUE INDEX"
                    + " CONCURRENTLY and attach it with ADD CONSTRAINT ... UNIQUE USING INDEX, which locks only"
                    + " briefly. Tables created in the same change are exempt.")
            .failing("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);")
            .passing("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("ADD") && clause.contains("UNIQUE") && !clause.contains("USING", "INDEX")) {
            return "Adding a unique constraint to " + alter.table() + " builds its index under an ACCESS EXCLUSIVE"
                    + " lock; build a unique index concurrently and add the constraint USING INDEX.";
        }
        return null;
    }
}
