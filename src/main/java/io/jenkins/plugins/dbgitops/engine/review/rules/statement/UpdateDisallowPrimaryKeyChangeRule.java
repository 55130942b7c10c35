package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogIndex;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.util.List;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/** dbgitops's own {@code statement.update.disallow-primary-key-change}: UPDATE ... SET of a primary-key column. */
public final class UpdateDisallowPrimaryKeyChangeRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Update.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!(statement.ast().orElse(null) instanceof Update update)) {
            return;
        }
        CatalogTable table = statement.catalog().table(update.getTable().getFullyQualifiedName()).orElse(null);
        CatalogIndex key = table == null ? null : primaryKey(table);
        if (key != null) {
            check(statement, rule, update, table, key);
        }
    }

    /** {@code CatalogTable.primaryKey()} as a loop: no stream for every UPDATE. */
    private static CatalogIndex primaryKey(CatalogTable table) {
        for (CatalogIndex index : table.indexes()) {
            if (index.primaryKey()) {
                return index;
            }
        }
        return null;
    }

    private static boolean isKeyColumn(CatalogIndex key, String name) {
        for (String column : key.columns()) {
            if (name.equalsIgnoreCase(column)) {
                return true;
            }
        }
        return false;
    }

    private static void check(StatementContext statement, RuleContext rule, Update update, CatalogTable table,
            CatalogIndex key) {
        for (UpdateSet set : update.getUpdateSets()) {
            for (Column column : set.getColumns()) {
                String name = ColumnDefinitions.unquote(column.getColumnName());
                if (isKeyColumn(key, name)) {
                    rule.report(statement, "UPDATE changes primary-key column " + table.name() + "." + name
                            + ": every reference to the row breaks.");
                }
            }
        }
    }
}
