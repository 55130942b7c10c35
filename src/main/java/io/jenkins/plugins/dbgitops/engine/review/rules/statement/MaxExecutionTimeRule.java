package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
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
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.max-execution-time")
            .optIn()
            .title("Require a statement time limit")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("Without a time limit, a runaway query in the migration holds its locks and a connection for"
                    + " as long as it takes.")
            .help("Start the file with SET SESSION max_execution_time = <milliseconds> (MySQL) or SET SESSION"
                    + " max_statement_time = <seconds> (MariaDB).")
            .description("Checks that each file sets max_execution_time or max_statement_time before its first"
                    + " statement other than SET, as Bytebase does. Note that MySQL applies max_execution_time to"
                    + " read-only SELECT statements only; MariaDB's max_statement_time limits every statement.")
            .failing("SELECT id FROM orders WHERE status = 'open';")
            .passing("SET SESSION max_execution_time = 1000;\nSELECT id FROM orders WHERE status = 'open';")
            .build();

    private boolean settled;

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
                    DEFINITION));
        } else if (assignments.stream().anyMatch(assignment -> assignment.name().equals("MAX_EXECUTION_TIME")
                || assignment.name().equals("MAX_STATEMENT_TIME"))) {
            settled = true;
        }
    }
}
