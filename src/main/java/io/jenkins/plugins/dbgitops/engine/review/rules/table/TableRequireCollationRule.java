package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.MySqlTableOptions;

/** Bytebase's {@code table.require-collation}: CREATE TABLE states its collation instead of inheriting one. */
public final class TableRequireCollationRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.require-collation")
            .optIn()
            .title("Require a table collation")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("A table without an explicit collation sorts and compares strings by the server default,"
                    + " which differs between environments.")
            .help("Add COLLATE=utf8mb4_0900_ai_ci (or your standard collation) to CREATE TABLE.")
            .description("Checks that every CREATE TABLE names its collation. The collation decides whether"
                    + " 'a' = 'A', how ORDER BY sorts and which values collide in a unique index; leaving it to the"
                    + " server makes the same migration behave differently per environment.")
            .failing("CREATE TABLE employee (id int PRIMARY KEY, name varchar(50)) DEFAULT CHARSET=utf8mb4;")
            .passing("CREATE TABLE employee (id int PRIMARY KEY, name varchar(50)) DEFAULT CHARSET=utf8mb4"
                    + " COLLATE=utf8mb4_bin;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        MySqlTableOptions.of(statement)
                .filter(options -> options.create() && options.get("COLLATE").isEmpty()
                        && !TableRequireCharsetRule.isCopy(statement))
                .ifPresent(options -> rule.report(statement,
                        Impact.of("Table " + options.table() + " has no collation", DEFINITION)));
    }
}
