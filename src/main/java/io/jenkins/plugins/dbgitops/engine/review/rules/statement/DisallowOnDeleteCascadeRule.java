package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code statement.disallow-on-del-cascade}. Token-based on the normalised text (string literals are
 * blanked, so a comment mentioning CASCADE passes), limited to CREATE TABLE and ALTER TABLE.
 */
public final class DisallowOnDeleteCascadeRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-on-del-cascade")
            .title("No ON DELETE CASCADE")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("ON DELETE CASCADE lets one DELETE silently remove rows in other tables.")
            .help("Use ON DELETE RESTRICT (or NO ACTION) and delete dependent rows explicitly.")
            .description("Flags foreign keys declared with ON DELETE CASCADE in CREATE TABLE or ALTER TABLE. A"
                    + " cascading delete turns one mistaken DELETE into a chain of deletes across tables, holds"
                    + " locks on all of them, and is invisible in the statement that triggers it.")
            .failing("CREATE TABLE order_items (id bigint PRIMARY KEY,"
                    + " order_id bigint REFERENCES orders (id) ON DELETE CASCADE);")
            .passing("CREATE TABLE order_items (id bigint PRIMARY KEY,"
                    + " order_id bigint REFERENCES orders (id) ON DELETE RESTRICT);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
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
