package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NormalizedTextRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Commit;

/**
 * Bytebase's {@code statement.disallow-commit}. Token-based: JSqlParser 5.4 parses only a bare {@code COMMIT}, not
 * {@code COMMIT WORK} or PostgreSQL's {@code END}.
 */
public final class DisallowCommitRule extends NormalizedTextRule {
    private static final Pattern COMMIT = Pattern.compile("^COMMIT( WORK| TRANSACTION)?( AND (NO )?CHAIN)?$");
    private static final Pattern END = Pattern.compile("^END( WORK| TRANSACTION)?$");

    public DisallowCommitRule() {
        super(Commit.class);
    }

    @Override
    protected void check(String text, StatementContext statement, RuleContext rule) {
        if (COMMIT.matcher(text).matches()
                || statement.engine() == SqlEngine.POSTGRESQL && END.matcher(text).matches()) {
            rule.report(statement, "Commit is not allowed, related statement: " + StatementTexts.quote(statement)
                    + "; it ends the migration's transaction early.");
        }
    }
}
