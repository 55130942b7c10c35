package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import java.nio.charset.StandardCharsets;

/**
 * Squawk's identifier-too-long. PostgreSQL silently truncates identifiers to 63 bytes, so two long names can
 * collide and later statements that use the full name find a different object.
 */
public final class IdentifierMaxLengthRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        int max = rule.config().integer("maxLength");
        if (!mayHoldLongName(statement.text(), max)) {
            return; // most statements: not tokenised for this rule alone
        }
        for (Token token : SqlTokens.of(statement)) {
            // a char takes at most 3 bytes in UTF-8: shorter names need no encoded copy
            if (token.isIdentifier() && token.text().length() * 3L > max
                    && token.text().getBytes(StandardCharsets.UTF_8).length > max) {
                rule.report(statement, token.offset(), "Identifier " + token.text() + " is "
                        + token.text().getBytes(StandardCharsets.UTF_8).length + " bytes long, over the limit of " + max
                        + "; PostgreSQL keeps only the first 63 bytes of a name.");
            }
        }
    }

    /**
     * Whether a name in the text may be over {@code max} bytes: a quoted one (its quotes may hold anything), or a run
     * of word characters (or of any non-ASCII ones) over {@code max / 3} characters, as a character takes at most 3
     * bytes. Unquoted names are such runs, so this scan is exact, and cheaper than the tokens.
     */
    static boolean mayHoldLongName(String text, int max) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '`' || c == '[') {
                return true;
            }
            boolean wordChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || c == '$' || c >= 0x80;
            run = wordChar ? run + 1 : 0;
            if (run * 3L > max) {
                return true;
            }
        }
        return false;
    }
}
