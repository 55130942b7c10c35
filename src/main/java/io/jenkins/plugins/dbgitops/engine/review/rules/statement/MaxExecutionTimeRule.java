package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SetVariables;

/**
 * Bytebase's {@code statement.max-execution-time}: a file must set {@code max_execution_time} (MySQL) or
 * {@code max_statement_time} (MariaDB) before its first statement other than SET; reported once per file, at that
 * statement.
 */
public final class MaxExecutionTimeRule implements Rule {
    private boolean settled;

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        settled = false;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (settled) {
            return;
        }
        var assignments = SetVariables.of(statement);
        if (assignments.isEmpty()) {
            settled = true;
            rule.report(statement, Impact.of("The file runs statements before setting max_execution_time",
                    rule));
        } else if (assignments.stream().anyMatch(assignment -> assignment.name().equals("MAX_EXECUTION_TIME")
                || assignment.name().equals("MAX_STATEMENT_TIME"))) {
            settled = true;
        }
    }
}
