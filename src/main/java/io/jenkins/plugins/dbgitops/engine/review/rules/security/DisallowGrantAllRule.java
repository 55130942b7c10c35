package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TokenRule;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.grant.Grant;

/** {@code GRANT ALL [PRIVILEGES]} on anything, in PostgreSQL and MySQL; JSqlParser 5.4 parses only some of them. */
public final class DisallowGrantAllRule extends TokenRule {
    public DisallowGrantAllRule() {
        super(List.of("GRANT", "ALL"), Grant.class);
    }

    @Override
    protected void check(List<String> tokens, StatementContext statement, RuleContext rule) {
        int on = tokens.indexOf("ON");
        String object = on >= 0 && on + 1 < tokens.size() ? String.join(" ", tokens.subList(on + 1,
                Math.max(on + 2, Math.min(tokens.size(), tokens.indexOf("TO"))))) : "everything";
        rule.report(statement, Impact.of("GRANT ALL on " + object.toLowerCase(Locale.ROOT), rule));
    }
}
