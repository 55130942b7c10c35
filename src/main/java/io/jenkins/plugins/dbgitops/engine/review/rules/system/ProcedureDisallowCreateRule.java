package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DisallowCreateRule;

/** Bytebase's {@code system.procedure.disallow-create}, recognised token-wise because JSqlParser parses few bodies. */
public final class ProcedureDisallowCreateRule extends DisallowCreateRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("system.procedure.disallow-create")
            .optIn()
            .title("Disallow creating procedures")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("Stored procedures move business logic into the database, where it escapes code review, tests"
                    + " and versioned deployment of the application.")
            .help("Implement the logic in the application, or get an explicit exception for this procedure.")
            .description("Reports CREATE [OR REPLACE] PROCEDURE (with or without DEFINER). Procedures are hard to"
                    + " test, debug and roll back, run with their own privileges and tie the application to one"
                    + " database engine.")
            .failing("CREATE PROCEDURE archive_orders() BEGIN DELETE FROM orders WHERE archived = 1; END;")
            .passing("CREATE TABLE archived_orders (id int PRIMARY KEY);")
            .build();

    public ProcedureDisallowCreateRule() {
        super("PROCEDURE");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
