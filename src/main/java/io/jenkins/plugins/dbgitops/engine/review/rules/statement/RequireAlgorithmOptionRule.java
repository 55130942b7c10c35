package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;

/** Bytebase's {@code statement.require-algorithm-option}: every ALTER TABLE names its ALGORITHM. */
public final class RequireAlgorithmOptionRule extends RequireAlterTableOptionRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.require-algorithm-option")
            .optIn()
            .title("Require the ALGORITHM option")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("An ALTER TABLE without ALGORITHM silently falls back to copying the table when the change"
                    + " cannot be done in place.")
            .help("Add ALGORITHM=INSTANT or ALGORITHM=INPLACE so MySQL fails fast instead of copying the table.")
            .description("Checks that every ALTER TABLE names its ALGORITHM. With ALGORITHM=INSTANT or INPLACE,"
                    + " MySQL refuses a change it cannot perform that way instead of quietly rebuilding the table"
                    + " with a copy that blocks writes for the whole run.")
            .failing("ALTER TABLE t ADD COLUMN c int;")
            .passing("ALTER TABLE t ADD COLUMN c int, ALGORITHM=INSTANT;")
            .build();

    public RequireAlgorithmOptionRule() {
        super("ALGORITHM");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
