package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.truncate.Truncate;

/**
 * Bytebase's {@code statement.disallow-rm-tbl-cascade}: {@code DROP TABLE ... CASCADE} and
 * {@code TRUNCATE ... CASCADE}. PostgreSQL only: MySQL accepts the keyword and ignores it.
 */
public final class DisallowRemoveTableCascadeRule implements Rule {
    private static final Pattern REMOVE_CASCADE =
            Pattern.compile("^(DROP TABLE|TRUNCATE)\\b.*\\bCASCADE$");

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Drop.class, Truncate.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.parsed() && statement.ast(Drop.class).isEmpty() && statement.ast(Truncate.class).isEmpty()) {
            return;
        }
        if (REMOVE_CASCADE.matcher(statement.normalized()).find()) {
            rule.report(statement, "The use of CASCADE is not permitted when removing a table: "
                    + StatementTexts.quote(statement) + " also removes everything that depends on it.");
        }
    }
}
