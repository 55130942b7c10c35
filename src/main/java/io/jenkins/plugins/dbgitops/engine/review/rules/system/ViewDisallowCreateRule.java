package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DisallowCreateRule;

/** Bytebase's {@code system.view.disallow-create}, recognised token-wise because JSqlParser parses few bodies. */
public final class ViewDisallowCreateRule extends DisallowCreateRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("system.view.disallow-create")
            .optIn()
            .title("Disallow creating views")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("Views hide the tables and joins a query really reads, so schema changes break them silently"
                    + " and their cost is invisible.")
            .help("Query the tables directly from the application, or get an explicit exception for this view.")
            .description("Reports CREATE [OR REPLACE] [MATERIALIZED] VIEW, also with MySQL ALGORITHM, DEFINER and"
                    + " SQL SECURITY clauses. Views pin the columns they select, block some ALTER TABLE changes and"
                    + " make performance depend on a definition that is not next to the query.")
            .failing("CREATE VIEW get_one AS SELECT 1;")
            .passing("SELECT 1;")
            .build();

    public ViewDisallowCreateRule() {
        super("VIEW");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
