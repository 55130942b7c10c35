package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Commit;

/**
 * Bytebase's {@code statement.disallow-commit}. Token-based: JSqlParser 5.4 parses only a bare {@code COMMIT}, not
 * {@code COMMIT WORK} or PostgreSQL's {@code END}.
 */
public final class DisallowCommitRule implements Rule {
    private static final Pattern COMMIT = Pattern.compile("^COMMIT( WORK| TRANSACTION)?( AND (NO )?CHAIN)?$");
    private static final Pattern END = Pattern.compile("^END( WORK| TRANSACTION)?$");

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Commit.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.parsed() && statement.ast(Commit.class).isEmpty()) {
            return; // JSqlParser parses a bare COMMIT; COMMIT WORK and END arrive unparsed
        }
        String text = statement.normalized();
        if (COMMIT.matcher(text).matches()
                || statement.engine() == SqlEngine.POSTGRESQL && END.matcher(text).matches()) {
            rule.report(statement, "Commit is not allowed, related statement: " + StatementTexts.quote(statement)
                    + "; it ends the migration's transaction early.");
        }
    }
}
