package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;

/**
 * Bytebase's {@code statement.check-set-role-variable} ({@code pg/advisor_statement_check_set_role_variable.go}):
 * a file must start with {@code SET ROLE} (or {@code SET search_path}) before its first statement that is not a
 * {@code SET}. Bytebase judges this from the text alone, with no database, and so does this rule.
 */
public final class StatementCheckSetRoleVariableRule implements Rule {
    private boolean hasSetRole;
    private boolean foundNonSet;
    private boolean anyStatement;

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        hasSetRole = false;
        foundNonSet = false;
        anyStatement = false;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        anyStatement = true;
        if (foundNonSet) {
            return; // the file's answer is settled: no need to read the rest of its statements
        }
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
            rule.reportAt(file, 1, 1, definition().message());
        }
    }
}
