package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SetVariables;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTypes;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TypedRule;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.SetStatement;
import net.sf.jsqlparser.statement.alter.AlterSystemStatement;

/** Server-wide settings changed by a migration: MySQL {@code SET GLOBAL/PERSIST}, PostgreSQL {@code ALTER SYSTEM}. */
public final class DisallowSetGlobalRule extends TypedRule {
    /** What SetVariables.of reads, and ALTER SYSTEM. */
    public DisallowSetGlobalRule() {
        super(List.of(SetStatement.class, AlterSystemStatement.class));
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        for (SetVariables.Assignment assignment : SetVariables.of(statement)) {
            if (statement.engine().isMySqlFamily() && assignment.global()) {
                rule.report(statement, Impact.of("SET " + assignment.scope() + " changes server variable "
                        + assignment.name().toLowerCase(Locale.ROOT), rule));
            }
        }
        if (statement.engine() == SqlEngine.POSTGRESQL
                && StatementTypes.mayBe(statement, AlterSystemStatement.class)) {
            List<String> tokens = SqlTokens.words(statement);
            if (SqlTokens.matchesAt(tokens, 0, "ALTER", "SYSTEM")) {
                String name = tokens.size() > 3 ? tokens.get(3).toLowerCase(Locale.ROOT) : "";
                rule.report(statement, Impact.of("ALTER SYSTEM changes server setting " + name, rule));
            }
        }
    }
}
