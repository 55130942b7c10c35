package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTypes;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.ResetStatement;

/**
 * Server administration in a migration: MySQL FLUSH, KILL, SHUTDOWN, RESTART, RESET MASTER/REPLICA, PURGE BINARY
 * LOGS, CHANGE MASTER/REPLICATION SOURCE, START/STOP REPLICA; PostgreSQL CHECKPOINT and pg_terminate_backend,
 * pg_cancel_backend, pg_reload_conf, pg_rotate_logfile.
 */
public final class DisallowAdminStatementRule implements Rule {
    private static final Set<String> MYSQL_COMMANDS = Set.of("FLUSH", "KILL", "SHUTDOWN", "RESTART");
    private static final Set<String> REPLICATION = Set.of("MASTER", "SLAVE", "REPLICA", "REPLICATION");
    private static final Set<String> PG_FUNCTIONS = Set.of("PG_TERMINATE_BACKEND", "PG_CANCEL_BACKEND",
            "PG_RELOAD_CONF", "PG_ROTATE_LOGFILE");
    private static final Pattern PG_CANDIDATE = Pattern.compile("(?i)\\bpg_(?:terminate_backend|cancel_backend"
            + "|reload_conf|rotate_logfile)\\b");

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.engine().isMySqlFamily() && StatementTypes.mayBe(statement, ResetStatement.class)) {
            checkMySql(statement, rule, SqlTokens.words(statement));
        } else if (statement.engine() == SqlEngine.POSTGRESQL) {
            if (!statement.parsed() && SqlTokens.matchesAt(SqlTokens.words(statement), 0, "CHECKPOINT")) {
                rule.report(statement, Impact.of("CHECKPOINT forces a server-wide checkpoint", rule));
            } else if (mentionsPg(statement.text()) && PG_CANDIDATE.matcher(statement.text()).find()) {
                List<String> tokens = SqlTokens.words(statement);
                for (int i = 0; i + 1 < tokens.size(); i++) {
                    if (PG_FUNCTIONS.contains(tokens.get(i)) && tokens.get(i + 1).equals("(")) {
                        rule.report(statement, Impact.of(tokens.get(i).toLowerCase(Locale.ROOT)
                                + "() acts on other sessions or the server", rule));
                        return;
                    }
                }
            }
        }
    }

    /** Whether the text contains {@code pg_} in any case: a cheap test before the regex, which is tried at every offset. */
    private static boolean mentionsPg(String text) {
        for (int i = text.indexOf('_', 2); i >= 0; i = text.indexOf('_', i + 1)) {
            if ((text.charAt(i - 1) | 0x20) == 'g' && (text.charAt(i - 2) | 0x20) == 'p') {
                return true;
            }
        }
        return false;
    }

    private static void checkMySql(StatementContext statement, RuleContext rule, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String first = tokens.get(0);
        String second = tokens.size() > 1 ? tokens.get(1) : "";
        boolean admin = MYSQL_COMMANDS.contains(first) && !SqlTokens.contains(tokens, "WITH", "READ", "LOCK")
                || (first.equals("RESET") || first.equals("CHANGE")) && REPLICATION.contains(second)
                || (first.equals("START") || first.equals("STOP")) && REPLICATION.contains(second)
                || first.equals("PURGE") && (second.equals("BINARY") || second.equals("MASTER"));
        if (admin) {
            String command = REPLICATION.contains(second) || first.equals("PURGE") ? first + " " + second : first;
            rule.report(statement, Impact.of(command + " is a server administration statement", rule));
        }
    }
}
