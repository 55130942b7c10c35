package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;

/** Bytebase's {@code statement.require-lock-option}: every ALTER TABLE names its LOCK. */
public final class RequireLockOptionRule extends RequireAlterTableOptionRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.require-lock-option")
            .optIn()
            .title("Require the LOCK option")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("An ALTER TABLE without LOCK takes whatever lock the algorithm needs, possibly blocking all"
                    + " writes.")
            .help("Add LOCK=NONE (or LOCK=SHARED) so MySQL fails fast instead of blocking writes.")
            .description("Checks that every ALTER TABLE names its LOCK level. With LOCK=NONE, MySQL refuses a"
                    + " change that would block concurrent reads or writes instead of taking an exclusive lock for"
                    + " the whole run of the change.")
            .failing("ALTER TABLE t ADD COLUMN c int;")
            .passing("ALTER TABLE t ADD COLUMN c int, LOCK=NONE;")
            .build();

    public RequireLockOptionRule() {
        super("LOCK");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
