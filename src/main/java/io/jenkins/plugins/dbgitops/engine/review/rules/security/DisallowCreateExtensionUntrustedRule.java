package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TokenRule;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.create.extension.CreateExtension;

/** PostgreSQL {@code CREATE EXTENSION} of an extension missing from the {@code list} allowlist. */
public final class DisallowCreateExtensionUntrustedRule extends TokenRule {
    public DisallowCreateExtensionUntrustedRule() {
        super(List.of("CREATE", "EXTENSION"), CreateExtension.class);
    }

    @Override
    protected void check(List<String> tokens, StatementContext statement, RuleContext rule) {
        int name = SqlTokens.matchesAt(tokens, 2, "IF", "NOT", "EXISTS") ? 5 : 2;
        if (name >= tokens.size()) {
            return;
        }
        String extension = tokens.get(name).toLowerCase(Locale.ROOT);
        boolean allowed = rule.config().stringList("list").stream().anyMatch(extension::equalsIgnoreCase);
        if (!allowed) {
            rule.report(statement, Impact.of("Extension " + extension + " is not in the allowlist", rule));
        }
    }
}
