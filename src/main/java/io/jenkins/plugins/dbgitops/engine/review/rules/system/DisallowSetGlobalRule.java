package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SetVariables;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTypes;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.SetStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.AlterSystemStatement;

/** Server-wide settings changed by a migration: MySQL {@code SET GLOBAL/PERSIST}, PostgreSQL {@code ALTER SYSTEM}. */
public final class DisallowSetGlobalRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("system.disallow-set-global")
            .title("Disallow server-wide settings")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("A server setting changed by a migration affects every database and session on the server,"
                    + " outlives the change and differs between environments.")
            .help("Manage server settings in the server's configuration or infrastructure code, not in"
                    + " migrations; use session settings for the migration itself.")
            .description("Reports MySQL SET GLOBAL, SET PERSIST, SET PERSIST_ONLY and SET @@GLOBAL.x, and"
                    + " PostgreSQL ALTER SYSTEM. Such settings need administrative privileges, apply to other"
                    + " applications sharing the server, and are lost or kept inconsistently on replicas and"
                    + " restores.")
            .failing("SET GLOBAL max_connections = 500;\nALTER SYSTEM SET work_mem = '64MB';")
            .passing("SET SESSION max_execution_time = 5000;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        // SetVariables.of and ALTER SYSTEM
        return List.of(SetStatement.class, AlterSystemStatement.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        for (SetVariables.Assignment assignment : SetVariables.of(statement)) {
            if (statement.engine().isMySqlFamily() && assignment.global()) {
                rule.report(statement, Impact.of("SET " + assignment.scope() + " changes server variable "
                        + assignment.name().toLowerCase(Locale.ROOT), DEFINITION));
            }
        }
        if (statement.engine() == io.jenkins.plugins.dbgitops.engine.sql.SqlEngine.POSTGRESQL
                && StatementTypes.mayBe(statement, AlterSystemStatement.class)) {
            List<String> tokens = SqlTokens.words(statement);
            if (SqlTokens.matchesAt(tokens, 0, "ALTER", "SYSTEM")) {
                String name = tokens.size() > 3 ? tokens.get(3).toLowerCase(Locale.ROOT) : "";
                rule.report(statement, Impact.of("ALTER SYSTEM changes server setting " + name, DEFINITION));
            }
        }
    }
}
