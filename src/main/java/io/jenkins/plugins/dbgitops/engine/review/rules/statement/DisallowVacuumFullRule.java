package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TypedRule;
import java.util.List;

/** Squawk's prefer-repack, for VACUUM FULL; JSqlParser 5.4 cannot parse VACUUM, so it is read token-wise. */
public final class DisallowVacuumFullRule extends TypedRule {
    /** JSqlParser 5.4 parses no VACUUM. */
    public DisallowVacuumFullRule() {
        super(JudgedTypes.UNPARSED_ONLY);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        List<Token> tokens = SqlTokens.startingWith(statement, "VACUUM");
        if (tokens.isEmpty()) {
            return;
        }
        boolean full = tokens.size() > 1 && tokens.get(1).is("FULL");
        if (tokens.size() > 1 && tokens.get(1).isSymbol('(')) {
            for (int i = 2; i < tokens.size() && !tokens.get(i).isSymbol(')'); i++) {
                boolean disabled = i + 1 < tokens.size() && (tokens.get(i + 1).is("FALSE") || tokens.get(i + 1).is("OFF")
                        || tokens.get(i + 1).upper().equals("0"));
                full |= tokens.get(i).is("FULL") && !disabled;
            }
        }
        if (full) {
            rule.report(statement);
        }
    }
}
