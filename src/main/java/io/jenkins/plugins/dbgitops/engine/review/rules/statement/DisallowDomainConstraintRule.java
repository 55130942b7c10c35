package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.AlterDomain;
import net.sf.jsqlparser.statement.create.domain.CreateDomain;

/** Squawk's ban-create-domain-with-constraint and ban-alter-domain-with-add-constraint. */
public final class DisallowDomainConstraintRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-domain-constraint")
            .title("Disallow constraints on domains")
            .origin("Squawk: ban-create-domain-with-constraint, ban-alter-domain-with-add-constraint")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("A domain constraint is checked against every column of the domain, under locks that cannot be avoided.")
            .help("Use a plain type with table CHECK constraints added NOT VALID, which can be validated without blocking.")
            .description("ALTER DOMAIN ... ADD CONSTRAINT scans every table with a column of the domain while holding"
                    + " locks, and domains have no safe way to change their constraints later; CREATE DOMAIN with a"
                    + " CHECK sets up that problem for the future. Table-level CHECK constraints can be added NOT VALID"
                    + " and validated with a weak lock instead.")
            .failing("CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);")
            .passing("CREATE DOMAIN short_text AS text;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    /** CREATE DOMAIN and ALTER DOMAIN, parsed or not. */
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateDomain.class, AlterDomain.class);
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
