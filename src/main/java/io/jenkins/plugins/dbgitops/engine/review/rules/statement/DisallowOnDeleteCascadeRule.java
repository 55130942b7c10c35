package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NormalizedTextRule;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code statement.disallow-on-del-cascade}. Token-based on the normalised text (string literals are
 * blanked, so a comment mentioning CASCADE passes), limited to CREATE TABLE and ALTER TABLE.
 */
public final class DisallowOnDeleteCascadeRule extends NormalizedTextRule {
    public DisallowOnDeleteCascadeRule() {
        super(CreateTable.class, Alter.class);
    }

    @Override
    protected void check(String text, StatementContext statement, RuleContext rule) {
        boolean tableDdl = text.startsWith("CREATE TABLE ") || text.startsWith("CREATE TEMPORARY TABLE ")
                || text.startsWith("CREATE UNLOGGED TABLE ") || text.startsWith("ALTER TABLE ");
        if (tableDdl && text.contains(" ON DELETE CASCADE")) {
            rule.report(statement, "The CASCADE option is not permitted for ON DELETE clauses: deleting a parent row"
                    + " silently deletes the rows that reference it.");
        }
    }
}
