package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TokenRule;
import java.util.List;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.grant.Grant;

/**
 * Grants to everybody: PostgreSQL {@code GRANT ... TO PUBLIC} and MySQL {@code GRANT ... TO 'user'@'%'}, an account
 * that may connect from any host.
 */
public final class DisallowGrantToPublicRule extends TokenRule {
    /** A quoted {@code %} host after {@code @}, with any identifier quotes. */
    private static final Pattern ANY_HOST = Pattern.compile("@\\s*(['\"`])%\\1");

    public DisallowGrantToPublicRule() {
        super(Grant.class);
    }

    @Override
    protected void check(List<String> tokens, StatementContext statement, RuleContext rule) {
        int to = tokens.lastIndexOf("TO");
        if (tokens.isEmpty() || !tokens.get(0).equals("GRANT") || to < 0) {
            return;
        }
        if (tokens.subList(to + 1, tokens.size()).contains("PUBLIC")) {
            rule.report(statement, Impact.of("The grant goes to PUBLIC", rule));
        } else if (statement.engine().isMySqlFamily() && ANY_HOST.matcher(statement.text()).find()) {
            rule.report(statement, Impact.of("The grant goes to an account at any host '%'", rule));
        }
    }
}
