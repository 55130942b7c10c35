package io.jenkins.plugins.dbgitops.engine.review.rules.builtin;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Bytebase's {@code builtin.walk-through-check}: a statement that references a table or column that cannot exist at
 * that point of the migrations, or creates one that already exists, will fail. A missing table is only reported when
 * the catalog walked every earlier migration; a missing column only on tables whose every column the walk knows.
 */
public final class WalkThroughCheckRule extends ParsedRule {
    private static final List<Class<? extends Statement>> STATEMENT_TYPES = List.of(CreateTable.class, Alter.class,
            CreateIndex.class, Drop.class, Insert.class, Update.class, Delete.class);

    public WalkThroughCheckRule() {
        super(STATEMENT_TYPES);
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        if (ast instanceof CreateTable create) {
            WalkChecks.checkCreate(statement, rule, create);
        } else if (ast instanceof Alter alter) {
            WalkChecks.checkAlter(statement, rule, alter);
        } else if (ast instanceof CreateIndex create) {
            CatalogTable table = WalkChecks.table(statement, rule, create.getTable(), false);
            if (table != null) {
                List<String> names = create.getIndex().getColumnsNames();
                WalkChecks.columns(statement, rule, table, names == null ? List.of() : names);
            }
        } else if (ast instanceof Drop drop) {
            if ("TABLE".equalsIgnoreCase(drop.getType()) && !drop.isIfExists()) {
                for (Table name : drop.getNames() == null ? List.of(drop.getName()) : drop.getNames()) {
                    WalkChecks.table(statement, rule, name, false);
                }
            }
        } else if (ast instanceof Insert insert) {
            CatalogTable table = WalkChecks.table(statement, rule, insert.getTable(), false);
            if (table != null && insert.getColumns() != null) {
                List<String> names = new ArrayList<>(insert.getColumns().size());
                for (Column column : insert.getColumns()) {
                    names.add(column.getColumnName());
                }
                WalkChecks.columns(statement, rule, table, names);
            }
        } else if (ast instanceof Update update) {
            CatalogTable table = WalkChecks.table(statement, rule, update.getTable(), false);
            if (table != null) {
                List<String> names = new ArrayList<>();
                for (UpdateSet set : update.getUpdateSets()) {
                    for (Column column : set.getColumns()) {
                        names.add(column.getColumnName());
                    }
                }
                WalkChecks.columns(statement, rule, table, names);
            }
        } else if (ast instanceof Delete delete) {
            WalkChecks.table(statement, rule, delete.getTable(), false);
        }
    }
}
