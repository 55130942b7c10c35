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
}
