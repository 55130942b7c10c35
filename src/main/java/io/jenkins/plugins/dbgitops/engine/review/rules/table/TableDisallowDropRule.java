package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropStatement;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tables;

/** Squawk's ban-drop-table, for PostgreSQL and MySQL/MariaDB. */
public final class TableDisallowDropRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.disallow-drop")
            .title("Disallow dropping tables")
            .origin("Squawk: ban-drop-table")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("Dropping a table loses its data and breaks every client that still uses it.")
            .help("Stop every client from using the table in an earlier release, keep a backup, then drop it.")
            .description("DROP TABLE removes the data for good (only a restore brings it back) and every query that"
                    + " still names the table fails, including those of an application version rolled back to. A table"
                    + " created earlier in the files under review is exempt: nothing can depend on it yet.")
            .failing("DROP TABLE legacy_orders;")
            .passing("ALTER TABLE legacy_orders ADD COLUMN archived boolean;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        DropStatement.of(statement).filter(drop -> drop.kind().equals("TABLE")).ifPresent(drop -> {
            for (String table : drop.names()) {
                if (!Tables.createdInReview(statement, table)) {
                    rule.report(statement, "Dropping table " + table
                            + " loses its data and breaks every client that still uses it.");
                }
            }
        });
    }
}
