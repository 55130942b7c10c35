package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.MySqlTableOptions;

/** Bytebase's {@code table.require-charset}: CREATE TABLE states its character set instead of inheriting one. */
public final class TableRequireCharsetRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        MySqlTableOptions.of(statement)
                .filter(options -> options.create() && options.get("CHARSET").isEmpty() && !isCopy(statement))
                .ifPresent(options -> rule.report(statement,
                        Impact.of("Table " + options.table() + " has no character set", rule)));
    }

    /** CREATE TABLE ... LIKE and ... AS SELECT take the character set of their source. */
    static boolean isCopy(StatementContext statement) {
        return statement.ast(net.sf.jsqlparser.statement.create.table.CreateTable.class)
                .map(create -> create.getColumnDefinitions() == null || create.getColumnDefinitions().isEmpty())
                .orElse(false);
    }
}
