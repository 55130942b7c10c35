package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import java.util.Locale;

/**
 * The shape of the timeout rules (Squawk: require-lock-timeout, require-statement-timeout): the first statement of a
 * file that waits for a lock on an existing object, before the file sets the timeout, is reported once.
 */
public abstract class TimeoutRule implements Rule {
    private boolean set;
    private boolean reported;

    /** The setting's name in lower case, e.g. {@code lock_timeout}. */
    protected abstract String setting();

    @Override
    public final void startFile(FileContext file, RuleContext rule) {
        set = false;
        reported = false;
    }

    @Override
    public final void check(StatementContext statement, RuleContext rule) {
        if (set || reported) {
            return;
        }
        if (setsTimeout(statement)) {
            set = true;
        } else if (LockingStatements.locksExistingObject(statement)) {
            reported = true;
            rule.report(statement, "This statement waits for a lock on an existing object, but the file sets no "
                    + setting() + " before it.");
        }
    }

    private boolean setsTimeout(StatementContext statement) {
        if (SqlTokens.startsWith(statement, "SET")) {
            String name = setting().toUpperCase(Locale.ROOT);
            List<Token> tokens = SqlTokens.of(statement);
            int at = tokens.size() > 1 && (tokens.get(1).is("LOCAL") || tokens.get(1).is("SESSION")) ? 2 : 1;
            return at < tokens.size() && tokens.get(at).upper().equals(name);
        }
        if (SqlTokens.startsWith(statement, "SELECT")) {
            String name = setting().toUpperCase(Locale.ROOT);
            List<Token> tokens = SqlTokens.of(statement);
            int call = Tokens.find(tokens, 1, "SET_CONFIG");
            return call > 0 && call + 2 < tokens.size()
                    && tokens.get(call + 2).text().toUpperCase(Locale.ROOT).equals("'" + name + "'");
        }
        return false;
    }
}
