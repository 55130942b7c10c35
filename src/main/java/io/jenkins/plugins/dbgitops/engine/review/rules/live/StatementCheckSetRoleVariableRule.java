package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;

/**
 * Bytebase's {@code statement.check-set-role-variable} ({@code pg/advisor_statement_check_set_role_variable.go}):
 * a file must start with {@code SET ROLE} (or {@code SET search_path}) before its first statement that is not a
 * {@code SET}. Bytebase judges this from the text alone, with no database, and so does this rule.
 */
public final class StatementCheckSetRoleVariableRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.check-set-role-variable")
            .title("SET ROLE at the start of the file")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("No SET ROLE statement found.")
            .help("Start the file with SET ROLE <owner role>; so that the objects it creates get the right owner.")
            .description("Checks that a SET ROLE (or SET search_path) comes before the first statement of the file"
                    + " that is not a SET, as Bytebase does: objects then belong to the role the team meant, not to"
                    + " whoever runs the migration. Bytebase reports a script with no statement too; here an empty"
                    + " file has nothing to run as anyone and is not reported.")
            .failing("INSERT INTO t (id) VALUES (1);")
            .passing("SET SESSION ROLE joe;\nINSERT INTO t (id) VALUES (1);")
            .optIn()
            .build();

    private boolean hasSetRole;
    private boolean foundNonSet;
    private boolean anyStatement;

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        hasSetRole = false;
        foundNonSet = false;
        anyStatement = false;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        anyStatement = true;
        LiveStatements.Kind kind = LiveStatements.kind(statement.normalized());
        if (kind == LiveStatements.Kind.ROLE_OR_SEARCH_PATH) {
            hasSetRole |= !foundNonSet;
        } else if (kind != LiveStatements.Kind.OTHER_SET) {
            foundNonSet = true;
        }
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        if (anyStatement && !hasSetRole) {
            rule.reportAt(file, 1, 1, DEFINITION.message());
        }
    }
}
