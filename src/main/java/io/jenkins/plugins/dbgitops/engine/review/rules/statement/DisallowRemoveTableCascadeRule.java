package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NormalizedTextRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.truncate.Truncate;

/**
 * Bytebase's {@code statement.disallow-rm-tbl-cascade}: {@code DROP TABLE ... CASCADE} and
 * {@code TRUNCATE ... CASCADE}. PostgreSQL only: MySQL accepts the keyword and ignores it.
 */
public final class DisallowRemoveTableCascadeRule extends NormalizedTextRule {
    private static final Pattern REMOVE_CASCADE =
            Pattern.compile("^(DROP TABLE|TRUNCATE)\\b.*\\bCASCADE$");

    public DisallowRemoveTableCascadeRule() {
        super(Drop.class, Truncate.class);
    }

    @Override
    protected void check(String text, StatementContext statement, RuleContext rule) {
        if (REMOVE_CASCADE.matcher(text).find()) {
            rule.report(statement, "The use of CASCADE is not permitted when removing a table: "
                    + StatementTexts.quote(statement) + " also removes everything that depends on it.");
        }
    }
}
