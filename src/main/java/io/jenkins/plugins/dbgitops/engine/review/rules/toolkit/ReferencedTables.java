package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;

/** The tables a statement changes: the target of a DDL statement, or the table a DML statement writes. */
public final class ReferencedTables {
    private ReferencedTables() {
    }

    /** Tables whose definition the statement changes, as written (possibly qualified). */
    public static List<Table> ddlTargets(Statement ast) {
        List<Table> tables = new ArrayList<>();
        if (ast instanceof CreateTable create) {
            tables.add(create.getTable());
        } else if (ast instanceof Alter alter) {
            tables.add(alter.getTable());
        } else if (ast instanceof Drop drop && drop.getType() != null && drop.getType().equalsIgnoreCase("TABLE")) {
            if (drop.getNames() != null && !drop.getNames().isEmpty()) {
                tables.addAll(drop.getNames());
            } else {
                tables.add(drop.getName());
            }
        } else if (ast instanceof CreateIndex create) {
            tables.add(create.getTable());
        } else if (ast instanceof Truncate truncate) {
            tables.add(truncate.getTable());
        } else if (ast instanceof RenameTableStatement rename) {
            rename.getTableNames().forEach(entry -> tables.add(entry.getKey()));
        } else if (ast instanceof Comment comment) {
            tables.add(comment.getTable() != null ? comment.getTable()
                    : comment.getColumn() != null ? comment.getColumn().getTable() : null);
        }
        tables.removeIf(table -> table == null);
        return tables;
    }

    /** The table a DML statement writes: one at most, so no list to build and filter. */
    public static List<Table> dmlTargets(Statement ast) {
        Table table = ast instanceof Insert insert ? insert.getTable()
                : ast instanceof Update update ? update.getTable()
                : ast instanceof Delete delete ? delete.getTable()
                : ast instanceof Upsert upsert ? upsert.getTable()
                : ast instanceof Merge merge ? merge.getTable()
                : null;
        return table == null ? List.of() : List.of(table);
    }
}
