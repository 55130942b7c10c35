package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytebase's {@code statement.dml-dry-run} ({@code pg/advisor_statement_dml_dry_run.go},
 * {@code mysql/rule_statement_dml_dry_run.go}): {@code EXPLAIN} of each INSERT, UPDATE and DELETE on the live
 * database, at most ten per file; a refusal is a finding. Files that also hold DDL are skipped, as in Bytebase.
 */
public final class StatementDmlDryRunRule extends DatabaseRule {
    private final List<String> preExecutions = new ArrayList<>();
    private boolean skipFile;
    private int explains;

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        preExecutions.clear();
        explains = 0;
        skipFile = !database().available() || LiveStatements.containsDdl(file);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (skipFile) {
            return;
        }
        LiveStatements.Kind kind = LiveStatements.kind(statement.normalized());
        if (kind == LiveStatements.Kind.ROLE_OR_SEARCH_PATH && statement.engine() == SqlEngine.POSTGRESQL) {
            preExecutions.add(statement.text());
        } else if ((kind == LiveStatements.Kind.INSERT || kind == LiveStatements.Kind.UPDATE
                || kind == LiveStatements.Kind.DELETE) && explains < LiveStatements.MAXIMUM_EXPLAINS) {
            explains++;
            try {
                database().explain(preExecutions, statement.text());
            } catch (SQLException e) {
                rule.report(statement, LiveStatements.quote(statement.text()) + " dry runs failed: "
                        + database().message(e));
            }
        }
    }
}
