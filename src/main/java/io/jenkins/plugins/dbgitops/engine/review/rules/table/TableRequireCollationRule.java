package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.MySqlTableOptions;

/** Bytebase's {@code table.require-collation}: CREATE TABLE states its collation instead of inheriting one. */
public final class TableRequireCollationRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        MySqlTableOptions.of(statement)
                .filter(options -> options.create() && options.get("COLLATE").isEmpty()
                        && !TableRequireCharsetRule.isCopy(statement))
                .ifPresent(options -> rule.report(statement,
                        Impact.of("Table " + options.table() + " has no collation", rule)));
    }
}
