package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * A rule that judges a statement by its words ({@link SqlTokens#words}), because JSqlParser 5.4 parses only some of
 * the statements it judges (GRANT, CREATE ROLE, CREATE FUNCTION, ...). The types are named once: the engine calls the
 * rule for them, and for statements that may be one of them ({@link StatementTypes#mayBe}) the rule gets the words;
 * a rule that judges only statements beginning with certain words names those too.
 */
public abstract class TokenRule extends TypedRule {
    /** The same types as the array {@link StatementTypes#mayBe} takes, made once: check runs for every statement. */
    private final Class<?>[] typeArray;
    private final String[] leading;

    @SafeVarargs
    protected TokenRule(Class<? extends Statement>... types) {
        this(List.of(), types);
    }

    /** A rule for the statements of these types whose words begin with {@code leading}. */
    @SafeVarargs
    protected TokenRule(List<String> leading, Class<? extends Statement>... types) {
        super(List.of(types));
        this.typeArray = types.clone();
        this.leading = leading.toArray(String[]::new);
    }

    @Override
    public final void check(StatementContext statement, RuleContext rule) {
        if (StatementTypes.mayBe(statement, typeArray)) {
            List<String> words = SqlTokens.words(statement);
            if (SqlTokens.matchesAt(words, 0, leading)) {
                check(words, statement, rule);
            }
        }
    }

    /** Checks a statement that may be of one of the types, given its words. */
    protected abstract void check(List<String> tokens, StatementContext statement, RuleContext rule);
}
