package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.update.Update;

/** The tables a statement writes to or reads: its target, and the FROM items and joins of UPDATE and DELETE. */
final class QueriedTables {
    private QueriedTables() {
    }

    static List<Table> tablesOf(Statement ast) {
        List<Table> tables = new ArrayList<>();
        if (ast instanceof Insert insert) {
            tables.add(insert.getTable());
        } else if (ast instanceof Update update) {
            tables.add(update.getTable());
            addFrom(tables, update.getFromItem(), update.getJoins());
        } else if (ast instanceof Delete delete) {
            tables.add(delete.getTable());
            addFrom(tables, null, delete.getJoins());
        }
        for (QueryTree.Block block : QueryTree.of(ast).selects()) {
            addFrom(tables, block.select().getFromItem(), block.select().getJoins());
        }
        tables.removeIf(Objects::isNull);
        return tables;
    }

    static void addFrom(List<Table> tables, FromItem from, List<Join> joins) {
        if (from instanceof Table table) {
            tables.add(table);
        }
        if (joins != null) {
            for (Join join : joins) {
                if (join.getFromItem() instanceof Table table) {
                    tables.add(table);
                }
            }
        }
    }
}
