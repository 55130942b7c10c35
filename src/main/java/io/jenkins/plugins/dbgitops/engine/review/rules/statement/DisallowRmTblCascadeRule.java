package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.Token;
import java.util.List;

/** Bytebase's {@code statement.disallow-rm-tbl-cascade} (Squawk: ban-truncate-cascade). */
public final class DisallowRmTblCascadeRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-rm-tbl-cascade")
            .title("Disallow CASCADE when removing a table")
            .origin("Bytebase; Squawk: ban-truncate-cascade")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("The use of CASCADE is not permitted when removing a table.")
            .help("Name every table to truncate or drop explicitly, without CASCADE.")
            .description("TRUNCATE ... CASCADE also empties every table that references the truncated one through a"
                    + " foreign key, recursively, and DROP TABLE ... CASCADE also drops the views and constraints that"
                    + " depend on it: one statement can silently destroy far more than it names. Listing the tables"
                    + " makes the blast radius visible in review.")
            .failing("TRUNCATE TABLE issues CASCADE;")
            .passing("TRUNCATE TABLE issues, issue_comments;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (SqlTokens.startsWith(statement, "TRUNCATE") || SqlTokens.startsWith(statement, "DROP", "TABLE")) {
            List<Token> tokens = SqlTokens.of(statement);
            Token last = tokens.get(tokens.size() - 1);
            if (last.is("CASCADE")) {
                rule.report(statement, tokens.get(0).upper() + " ... CASCADE also removes the data or objects of"
                        + " every table that depends on the ones named.");
            }
        }
    }
}
