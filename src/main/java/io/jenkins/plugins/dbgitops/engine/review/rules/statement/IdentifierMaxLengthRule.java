package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import java.nio.charset.StandardCharsets;

/**
 * Squawk's identifier-too-long. PostgreSQL silently truncates identifiers to 63 bytes, so two long names can
 * collide and later statements that use the full name find a different object.
 */
public final class IdentifierMaxLengthRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.identifier-max-length")
            .title("Disallow identifiers PostgreSQL truncates")
            .origin("Squawk: identifier-too-long")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("PostgreSQL silently truncates identifiers longer than 63 bytes, so the object gets another name than written.")
            .help("Shorten the name to at most 63 bytes.")
            .description("Names longer than NAMEDATALEN - 1 (63 bytes in UTF-8) are cut without an error (only a"
                    + " NOTICE): two long index or constraint names that share their first 63 bytes collide, and tools"
                    + " that compare the written name with the catalog see drift. The check covers every identifier in"
                    + " every statement (a DROP or UPDATE of a truncated name names another object); the payload's"
                    + " maxLength lowers the limit.")
            .failing("CREATE INDEX idx_customer_orders_by_created_at_and_status_for_reporting_dashboard ON orders (created_at, status);")
            .passing("CREATE INDEX idx_orders_created_status ON orders (created_at, status);")
            .payload(PayloadField.integer("maxLength", 63, "the longest identifier allowed, in UTF-8 bytes"))
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
