package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SetVariables;
import java.util.List;
import net.sf.jsqlparser.statement.SetStatement;
import net.sf.jsqlparser.statement.Statement;

/** MySQL {@code SET sql_log_bin = 0}: changes that bypass the binary log. */
public final class DisallowDisableBinlogRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(SetStatement.class); // the type SetVariables.of reads
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        for (SetVariables.Assignment assignment : SetVariables.of(statement)) {
            if (assignment.name().equals("SQL_LOG_BIN")
                    && (assignment.value().equals("0") || assignment.value().equals("OFF"))) {
                rule.report(statement, Impact.of("sql_log_bin is switched off", rule));
            }
        }
    }
}
