package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TypedRule;
import java.util.List;
import net.sf.jsqlparser.statement.alter.AlterDomain;
import net.sf.jsqlparser.statement.create.domain.CreateDomain;

/** Squawk's ban-create-domain-with-constraint and ban-alter-domain-with-add-constraint. */
public final class DisallowDomainConstraintRule extends TypedRule {
    /** CREATE DOMAIN and ALTER DOMAIN, parsed or not. */
    public DisallowDomainConstraintRule() {
        super(List.of(CreateDomain.class, AlterDomain.class));
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        boolean create = SqlTokens.startsWith(statement, "CREATE", "DOMAIN");
        if (!create && !SqlTokens.startsWith(statement, "ALTER", "DOMAIN")) {
            return;
        }
        List<Token> tokens = SqlTokens.of(statement);
        int at = create ? Tokens.find(tokens, 3, "CHECK") : Tokens.find(tokens, 3, "ADD");
        if (at > 0) {
            rule.report(statement, tokens.get(at).offset(), create
                    ? "Domain " + tokens.get(2).text() + " is created with a CHECK constraint, which cannot later be changed without scanning every column using it."
                    : "Adding a constraint to domain " + tokens.get(2).text() + " scans every column of the domain under lock.");
        }
    }
}
