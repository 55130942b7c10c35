package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.MySqlTableOptions;

/**
 * Bytebase's {@code table.disallow-set-charset}: no table-level character set, neither in CREATE TABLE nor by
 * ALTER TABLE ... [DEFAULT] CHARSET or CONVERT TO CHARACTER SET; tables inherit the database's.
 */
public final class TableDisallowSetCharsetRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.disallow-set-charset")
            .optIn()
            .title("Disallow a table character set")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("A table character set that differs from the database's makes joins and comparisons convert"
                    + " strings and bypass indexes.")
            .help("Remove the CHARSET option so the table inherits the database character set.")
            .description("Checks CREATE TABLE and ALTER TABLE for a CHARSET, CHARACTER SET or CONVERT TO CHARACTER"
                    + " SET option. Mixed character sets across tables force implicit conversions in joins, which"
                    + " disable index use, and CONVERT TO rewrites the whole table under a lock.")
            .failing("CREATE TABLE employee (id int PRIMARY KEY, name varchar(50)) CHARSET=utf8;")
            .passing("CREATE TABLE employee (id int PRIMARY KEY, name varchar(50));")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        MySqlTableOptions.of(statement).ifPresent(options -> options.get("CHARSET").ifPresent(charset ->
                rule.report(statement, Impact.of("Table " + options.table() + " sets character set " + charset,
                        DEFINITION))));
    }
}
