package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytebase's {@code statement.affected-row-limit} ({@code pg/advisor_statement_affected_row_limit.go},
 * {@code mysql/rule_statement_affected_row_limit.go}): the planner's row estimate of each UPDATE and DELETE against
 * the payload's {@code number}. PostgreSQL: {@code rows=} of the plan's second line, as Bytebase reads it; MySQL and
 * MariaDB: the first {@code rows} value of the tabular plan, capped by the statement's {@code LIMIT}.
 */
public final class StatementAffectedRowLimitRule extends DatabaseRule {
    private static final Pattern PG_ROWS = Pattern.compile("rows=([0-9]+)");
    private static final Pattern MYSQL_ROWS = Pattern.compile("(?:^| )rows=([0-9]+)");
    private static final Pattern LIMIT = Pattern.compile(" LIMIT ([0-9]+)$");

    private final List<String> preExecutions = new ArrayList<>();
    private int explains;

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        preExecutions.clear();
        explains = 0;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        int limit = rule.config().integer("number");
        if (!database().available() || limit <= 0) {
            return;
        }
        LiveStatements.Kind kind = LiveStatements.kind(statement.normalized());
        if (kind == LiveStatements.Kind.ROLE_OR_SEARCH_PATH && statement.engine() == SqlEngine.POSTGRESQL) {
            preExecutions.add(statement.text());
            return;
        }
        if (kind != LiveStatements.Kind.UPDATE && kind != LiveStatements.Kind.DELETE
                || explains >= LiveStatements.MAXIMUM_EXPLAINS) {
            return;
        }
        explains++;
        String quoted = LiveStatements.quote(statement.text());
        List<String> plan;
        try {
            plan = database().explain(preExecutions, statement.text());
        } catch (SQLException e) {
            rule.report(statement, quoted + " dry runs failed: " + database().message(e));
            return;
        }
        OptionalLong rows = estimate(statement, plan);
        if (rows.isEmpty()) {
            rule.report(statement, "failed to get row count for " + quoted + ": no row estimate in its plan");
        } else if (rows.getAsLong() > limit) {
            rule.report(statement, (statement.engine() == SqlEngine.POSTGRESQL ? "The statement " : "") + quoted
                    + " affected " + rows.getAsLong() + " rows (estimated). The count exceeds " + limit + ".");
        }
    }

    private static OptionalLong estimate(StatementContext statement, List<String> plan) {
        if (statement.engine() == SqlEngine.POSTGRESQL) {
            // the first line is the UPDATE or DELETE node (rows=0); the second, what it reads
            Matcher rows = plan.size() < 2 ? null : PG_ROWS.matcher(plan.get(1));
            return rows != null && rows.find() ? OptionalLong.of(Long.parseLong(rows.group(1))) : OptionalLong.empty();
        }
        for (String line : plan) {
            Matcher rows = MYSQL_ROWS.matcher(line);
            if (rows.find()) {
                long estimate = Long.parseLong(rows.group(1));
                Matcher limit = LIMIT.matcher(statement.normalized());
                return OptionalLong.of(limit.find() ? Math.min(estimate, Long.parseLong(limit.group(1))) : estimate);
            }
        }
        return OptionalLong.empty();
    }
}
