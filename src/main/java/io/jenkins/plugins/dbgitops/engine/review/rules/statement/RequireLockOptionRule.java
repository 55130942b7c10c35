package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.MySqlTableOptions;

/** Bytebase's {@code statement.require-lock-option}: every ALTER TABLE names its LOCK. */
public final class RequireLockOptionRule implements Rule {
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

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        MySqlTableOptions.of(statement)
                .filter(options -> !options.create() && options.get("LOCK").isEmpty())
                .ifPresent(options -> rule.report(statement,
                        Impact.of("ALTER TABLE " + options.table() + " has no LOCK option", DEFINITION)));
    }
}
