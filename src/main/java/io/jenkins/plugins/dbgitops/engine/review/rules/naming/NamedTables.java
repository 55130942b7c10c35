package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * The tables a statement names, for {@code naming.fully-qualified}: read from the syntax tree directly for the
 * simple shapes (one table, no subquery), with JSqlParser's {@code TablesNamesFinder} otherwise.
 */
final class NamedTables {
    /** The statement types {@code TablesNamesFinder} supports. */
    static final List<Class<? extends Statement>> SUPPORTED = List.of(Select.class, Insert.class,
            Update.class, Delete.class, Upsert.class, Merge.class, CreateTable.class, CreateView.class, Alter.class,
            Drop.class, CreateIndex.class, Truncate.class, RenameTableStatement.class, CreateTrigger.class,
            Comment.class);
    /** What {@link #tables} reads: the supported types and CREATE SEQUENCE; the engine skips every other statement. */
    private static final Set<String> DROPPED_OBJECTS = Set.of("TABLE", "VIEW", "SEQUENCE", "MATERIALIZED VIEW");
    private NamedTables() {
    }

    /**
     * The tables (and sequences) the statement names. {@link TablesNamesFinder} is used only for the statement types
     * it supports (it throws for others). An {@code INSERT ... VALUES} is taken to name only its target, so the
     * (possibly huge) value lists are not walked; a subquery inside the values is not checked.
     */
    static Collection<String> tables(Statement ast, String text) {
        Set<String> simple = ast.getClass() == PlainSelect.class ? simpleSelectTables((PlainSelect) ast, text)
                : ast.getClass() == Update.class ? simpleUpdateTables((Update) ast, text)
                : ast.getClass() == Delete.class ? simpleDeleteTables((Delete) ast, text) : null;
        if (simple != null) {
            return simple;
        }
        if (ast instanceof Delete delete && delete.getTable() == null && isEmpty(delete.getTables())) {
            return List.of(); // JSqlParser accepts a bare DELETE; TablesNamesFinder fails on it
        }
        if (ast instanceof Insert insert && insert.getSelect() instanceof Values && insert.getWithItemsList() == null) {
            return List.of(insert.getTable().getFullyQualifiedName());
        }
        if (ast instanceof CreateSequence create) {
            return List.of(create.getSequence().getFullyQualifiedName());
        }
        if (ast instanceof Drop drop && !DROPPED_OBJECTS.contains(String.valueOf(drop.getType()).toUpperCase(Locale.ROOT))) {
            return List.of();
        }
        for (Class<? extends Statement> type : SUPPORTED) { // a loop, not a stream: every statement comes here
            if (type.isInstance(ast)) {
                return new TablesNamesFinder<Void>().getTables(ast);
            }
        }
        return List.of();
    }

    /**
     * What {@link TablesNamesFinder} answers for a plain SELECT that cannot hold a nested query, without walking its
     * expressions (the finder was half of this rule's time): its FROM table and JOIN tables, in the finder's order and
     * in a {@link HashSet} like the finder's. Null, leaving it to the finder, for anything else: a FROM or JOIN item
     * that is not a plain table, INTO, WITH, LATERAL, and any text that may spell a nested query at all.
     */
    static Set<String> simpleSelectTables(PlainSelect select, String text) {
        if (select.getWithItemsList() != null && !select.getWithItemsList().isEmpty()
                || select.getIntoTables() != null && !select.getIntoTables().isEmpty()
                || select.getIntoTempTable() != null
                || select.getLateralViews() != null && !select.getLateralViews().isEmpty()
                || select.getFromItem() != null && !isPlainTable(select.getFromItem())) {
            return null;
        }
        if (select.getJoins() != null) {
            for (Join join : select.getJoins()) {
                if (!isPlainTable(join.getFromItem())) {
                    return null;
                }
            }
        }
        if (mayNestQuery(text, 1, 1)) {
            return null;
        }
        Set<String> tables = new HashSet<>();
        if (select.getFromItem() != null) {
            tables.add(((Table) select.getFromItem()).getFullyQualifiedName());
        }
        if (select.getJoins() != null) {
            for (Join join : select.getJoins()) {
                tables.add(((Table) join.getFromItem()).getFullyQualifiedName());
            }
        }
        return tables;
    }

    /** As {@link #simpleSelectTables}, for an UPDATE of one table without FROM, joins, RETURNING or nested query. */
    static Set<String> simpleUpdateTables(Update update, String text) {
        if (isEmpty(update.getWithItemsList()) && !update.isTargetTableAlias() && isPlainTable(update.getTable())
                && isEmpty(update.getStartJoins()) && update.getFromItem() == null && isEmpty(update.getJoins())
                && update.getOutputClause() == null && update.getReturningClause() == null
                && !mayNestQuery(text, 0, 0)) {
            return one(update.getTable());
        }
        return null;
    }

    /** As {@link #simpleSelectTables}, for a DELETE from one table without USING, joins, RETURNING or nested query. */
    static Set<String> simpleDeleteTables(Delete delete, String text) {
        if (isEmpty(delete.getWithItemsList()) && isPlainTable(delete.getTable())
                && isEmpty(delete.getUsingFromItemList()) && isEmpty(delete.getJoins())
                && delete.getOutputClause() == null && delete.getReturningClause() == null
                && !mayNestQuery(text, 0, 1)) {
            return one(delete.getTable());
        }
        return null;
    }

    private static Set<String> one(Table table) {
        Set<String> tables = new HashSet<>();
        tables.add(table.getFullyQualifiedName());
        return tables;
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static boolean isPlainTable(Object item) {
        return item != null && item.getClass() == Table.class && !((Table) item).isTableVariable()
                && ((Table) item).getPivot() == null && ((Table) item).getUnPivot() == null;
    }

    /**
     * Whether the text may hold a query inside the statement's own: only with a parenthesis or a pipe, and then more
     * SELECT or FROM than the statement's own (given), or VALUES, TABLE, WITH, LATERAL or {@code |>}, found anywhere
     * and inside any word, ignoring case as Java does (so also in literals and names: a false alarm only costs the
     * finder's walk).
     */
    static boolean mayNestQuery(String text, int ownSelects, int ownFroms) {
        if (text.indexOf('(') < 0 && text.indexOf('|') < 0) {
            return false; // a nested query is always in parentheses (a UNION or WITH is not a plain statement)
        }
        int selects = 0;
        int froms = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char first = c >= 128 ? '*' : (char) (c | 0x20); // a non-ASCII letter may fold to any of them: try all
            // the second letter first, cheaply (any non-ASCII one may fold to it too), before comparing the word
            char next = text.charAt(i + 1);
            char second = next >= 128 ? '*' : (char) (next | 0x20);
            if (first == '*' || second == '*') {
                first = '*';
            }
            if ((first == 's' && second == 'e' || first == '*') && text.regionMatches(true, i, "select", 0, 6)) {
                selects++;
            } else if ((first == 'f' && second == 'r' || first == '*') && text.regionMatches(true, i, "from", 0, 4)) {
                froms++;
            } else if ((first == 'v' && second == 'a' || first == '*') && text.regionMatches(true, i, "values", 0, 6)
                    || (first == 't' && second == 'a' || first == '*') && text.regionMatches(true, i, "table", 0, 5)
                    || (first == 'w' && second == 'i' || first == '*') && text.regionMatches(true, i, "with", 0, 4)
                    || (first == 'l' && second == 'a' || first == '*') && text.regionMatches(true, i, "lateral", 0, 7)
                    || c == '|' && next == '>') {
                return true;
            }
            if (selects > ownSelects || froms > ownFroms) {
                return true;
            }
        }
        return false;
    }
}
