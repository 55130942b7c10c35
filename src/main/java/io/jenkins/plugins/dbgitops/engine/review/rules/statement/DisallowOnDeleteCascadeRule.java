package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code statement.disallow-on-del-cascade}. Token-based on the normalised text (string literals are
 * blanked, so a comment mentioning CASCADE passes), limited to CREATE TABLE and ALTER TABLE.
 */
public final class DisallowOnDeleteCascadeRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateTable.class, Alter.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.parsed() && statement.ast(CreateTable.class).isEmpty() && statement.ast(Alter.class).isEmpty()) {
            return; // never normalise large INSERTs for this rule
        }
        String text = statement.normalized();
        boolean tableDdl = text.startsWith("CREATE TABLE ") || text.startsWith("CREATE TEMPORARY TABLE ")
                || text.startsWith("CREATE UNLOGGED TABLE ") || text.startsWith("ALTER TABLE ");
        if (tableDdl && text.contains(" ON DELETE CASCADE")) {
            rule.report(statement, "The CASCADE option is not permitted for ON DELETE clauses: deleting a parent row"
                    + " silently deletes the rows that reference it.");
        }
    }
}
