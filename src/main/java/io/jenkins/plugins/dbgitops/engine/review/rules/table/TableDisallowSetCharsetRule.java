package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.MySqlTableOptions;

/**
 * Bytebase's {@code table.disallow-set-charset}: no table-level character set, neither in CREATE TABLE nor by
 * ALTER TABLE ... [DEFAULT] CHARSET or CONVERT TO CHARACTER SET; tables inherit the database's.
 */
public final class TableDisallowSetCharsetRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        MySqlTableOptions.of(statement).ifPresent(options -> options.get("CHARSET").ifPresent(charset ->
                rule.report(statement, Impact.of("Table " + options.table() + " sets character set " + charset,
                        rule))));
    }
}
