package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.MySqlTableOptions;

/** Bytebase's {@code table.require-charset}: CREATE TABLE states its character set instead of inheriting one. */
public final class TableRequireCharsetRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.require-charset")
            .optIn()
            .title("Require a table character set")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("A table without an explicit character set takes the server default, which differs between"
                    + " environments and versions.")
            .help("Add DEFAULT CHARSET=utf8mb4 (or your standard character set) to CREATE TABLE.")
            .description("Checks that every CREATE TABLE names its character set. MySQL 5.7 defaults to latin1,"
                    + " 8.0 to utf8mb4, MariaDB to latin1 or whatever the server was configured with: the same"
                    + " migration then creates different tables in development and production.")
            .failing("CREATE TABLE employee (id int PRIMARY KEY, name varchar(50));")
            .passing("CREATE TABLE employee (id int PRIMARY KEY, name varchar(50)) DEFAULT CHARSET=utf8mb4;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        MySqlTableOptions.of(statement)
                .filter(options -> options.create() && options.get("CHARSET").isEmpty() && !isCopy(statement))
                .ifPresent(options -> rule.report(statement,
                        Impact.of("Table " + options.table() + " has no character set", DEFINITION)));
    }

    /** CREATE TABLE ... LIKE and ... AS SELECT take the character set of their source. */
    static boolean isCopy(StatementContext statement) {
        return statement.ast(net.sf.jsqlparser.statement.create.table.CreateTable.class)
                .map(create -> create.getColumnDefinitions() == null || create.getColumnDefinitions().isEmpty())
                .orElse(false);
    }
}
