package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SetVariables;
import java.util.List;
import net.sf.jsqlparser.statement.SetStatement;
import net.sf.jsqlparser.statement.Statement;

/** MySQL {@code SET sql_log_bin = 0}: changes that bypass the binary log. */
public final class DisallowDisableBinlogRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("security.disallow-disable-binlog")
            .title("Disallow switching off the binary log")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.ERROR)
            .message("Changes made with sql_log_bin off never reach replicas, change data capture or the audit"
                    + " trail, so the primary and its replicas silently diverge.")
            .help("Keep sql_log_bin on; run the change on every server through replication.")
            .description("Reports SET sql_log_bin = 0 or OFF. The binary log feeds replication, point-in-time"
                    + " recovery and CDC pipelines; statements run without it exist only on one server and"
                    + " disappear in a failover or restore, and they escape audit.")
            .failing("SET sql_log_bin = 0;")
            .passing("SET sql_log_bin = 1;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(SetStatement.class); // the type SetVariables.of reads
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        for (SetVariables.Assignment assignment : SetVariables.of(statement)) {
            if (assignment.name().equals("SQL_LOG_BIN")
                    && (assignment.value().equals("0") || assignment.value().equals("OFF"))) {
                rule.report(statement, Impact.of("sql_log_bin is switched off", DEFINITION));
            }
        }
    }
}
