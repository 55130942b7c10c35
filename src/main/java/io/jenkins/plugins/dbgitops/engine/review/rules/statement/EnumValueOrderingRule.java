package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.AlterType;

/** Squawk's require-enum-value-ordering. */
public final class EnumValueOrderingRule implements Rule {
    /** ALTER TYPE, parsed or not. */
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(AlterType.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        List<Token> tokens = SqlTokens.startingWith(statement, "ALTER", "TYPE");
        if (tokens.isEmpty()) {
            return;
        }
        int add = Tokens.find(tokens, 3, "ADD", "VALUE");
        if (add > 0 && !Tokens.contains(tokens, "BEFORE") && !Tokens.contains(tokens, "AFTER")) {
            rule.report(statement, tokens.get(add).offset(), "New value of enum " + tokens.get(2).text()
                    + " is appended last; say BEFORE or AFTER which value it belongs.");
        }
    }
}
