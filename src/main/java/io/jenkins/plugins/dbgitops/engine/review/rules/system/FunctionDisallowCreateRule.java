package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DisallowCreateRule;

/** Bytebase's {@code system.function.disallow-create}, recognised token-wise because JSqlParser parses few bodies. */
public final class FunctionDisallowCreateRule extends DisallowCreateRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("system.function.disallow-create")
            .optIn()
            .title("Disallow creating functions")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("Stored functions move logic into the database, where it escapes code review, tests and"
                    + " versioned deployment of the application.")
            .help("Compute the value in the application, or get an explicit exception for this function.")
            .description("Reports CREATE [OR REPLACE] [AGGREGATE] FUNCTION. Functions called from queries hide cost"
                    + " from the planner, run with their own privileges and tie the schema to one engine.")
            .failing("CREATE FUNCTION add_two_numbers(a int, b int) RETURNS int BEGIN RETURN a + b; END;")
            .passing("CREATE TABLE numbers (a int PRIMARY KEY, b int);")
            .build();

    public FunctionDisallowCreateRule() {
        super("FUNCTION");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
