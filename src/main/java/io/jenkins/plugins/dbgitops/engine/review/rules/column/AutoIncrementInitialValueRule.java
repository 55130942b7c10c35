package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.MySqlTableOptions;

/**
 * Bytebase's {@code column.auto-increment-initial-value}: an {@code AUTO_INCREMENT = n} table option must equal the
 * payload's {@code number}. Tables without the option pass, as in Bytebase.
 */
public final class AutoIncrementInitialValueRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.auto-increment-initial-value")
            .title("Auto-increment initial value")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("An unexpected AUTO_INCREMENT start value makes ids differ between environments or collide"
                    + " with ids reserved for other purposes.")
            .help("Set AUTO_INCREMENT to the agreed initial value or remove the option.")
            .description("Checks the AUTO_INCREMENT table option of CREATE TABLE and ALTER TABLE against the"
                    + " configured number. Teams reserve id ranges (for fixtures, for shards, for migrated legacy"
                    + " rows); a different start value breaks that plan, and ALTER TABLE ... AUTO_INCREMENT on a"
                    + " live table can move the counter under running inserts.")
            .failing("CREATE TABLE t (a int AUTO_INCREMENT PRIMARY KEY) AUTO_INCREMENT = 2;")
            .passing("CREATE TABLE t (a int AUTO_INCREMENT PRIMARY KEY) AUTO_INCREMENT = 1;")
            .payload(PayloadField.integer("number", 1, "The required initial AUTO_INCREMENT value."))
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        int expected = rule.config().integer("number");
        MySqlTableOptions.of(statement).ifPresent(options -> options.get("AUTO_INCREMENT")
                .filter(value -> !value.equals(Integer.toString(expected)))
                .ifPresent(value -> rule.report(statement, "The initial auto-increment value in table "
                        + options.table() + " is " + value + ", which doesn't equal " + expected + ".")));
    }
}
