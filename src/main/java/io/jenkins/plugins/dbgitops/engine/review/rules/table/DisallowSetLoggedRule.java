package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** SET LOGGED and SET UNLOGGED rewrite the table; SET LOGGED also writes all of it to the WAL. */
public final class DisallowSetLoggedRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.disallow-set-logged")
            .title("Disallow SET LOGGED / SET UNLOGGED")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("SET LOGGED or SET UNLOGGED rewrites the whole table under an ACCESS EXCLUSIVE lock.")
            .help("Create the table with the persistence it needs, or copy the data into a new table and swap it in.")
            .description("Changing a table's persistence rewrites it completely while holding an ACCESS EXCLUSIVE lock;"
                    + " SET LOGGED also writes the whole table to the WAL, which can flood replicas and backups."
                    + " SET UNLOGGED makes the table's contents disappear after a crash and stop replicating."
                    + " Tables created in the same change are exempt.")
            .failing("ALTER TABLE import_staging SET LOGGED;")
            .passing("CREATE TABLE import_staging (id bigint PRIMARY KEY, payload text);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("SET", "LOGGED") || clause.startsWith("SET", "UNLOGGED")) {
            return clause.tokens().get(0).text() + " " + clause.tokens().get(1).text() + " rewrites " + alter.table()
                    + " under an ACCESS EXCLUSIVE lock.";
        }
        return null;
    }
}
