package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.catalog.Catalog;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ExpressionChildren;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.delete.ParenthesedDelete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.ParenthesedInsert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.merge.MergeInsert;
import net.sf.jsqlparser.statement.merge.MergeOperation;
import net.sf.jsqlparser.statement.merge.MergeUpdate;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * The row filters of a statement with the tables each can see, walked as Bytebase's
 * {@code statement.where.disallow-functions-and-calculations} advisors walk them: the WHERE of every query block
 * (subqueries anywhere included, correlated ones seeing the enclosing blocks), and on PostgreSQL also JOIN ... ON,
 * ON CONFLICT ... WHERE, MERGE ... ON and WHEN ... AND. HAVING is not a filter here; subqueries in it are walked.
 * On PostgreSQL a CTE name hides the table of the same name (non-recursive WITH: from the next sibling on); the
 * MySQL advisor does not model CTEs, so there a CTE is simply a table the catalog does not know.
 */
final class FilterConditionWalk {
    private final Catalog catalog;
    private final boolean postgres;
    private final BiConsumer<Expression, IndexedColumnScope> filter;
    private final Deque<Set<String>> ctes = new ArrayDeque<>();

    private FilterConditionWalk(Catalog catalog, SqlEngine engine, BiConsumer<Expression, IndexedColumnScope> filter) {
        this.catalog = catalog;
        this.postgres = engine == SqlEngine.POSTGRESQL;
        this.filter = filter;
    }

    /** Calls {@code filter} on each row filter of the statement (not entering its subqueries) with its scope. */
    static void walk(Statement statement, Catalog catalog, SqlEngine engine,
            BiConsumer<Expression, IndexedColumnScope> filter) {
        new FilterConditionWalk(catalog, engine, filter).statement(statement);
    }

    private void statement(Statement statement) {
        if (statement instanceof Select select) {
            select(select, Map.of());
        } else if (statement instanceof Insert insert) {
            insert(insert);
        } else if (statement instanceof Update update) {
            update(update);
        } else if (statement instanceof Delete delete) {
            delete(delete);
        } else if (statement instanceof Merge merge && postgres) {
            merge(merge);
        } else if (statement instanceof CreateView view) {
            select(view.getSelect(), Map.of());
        } else if (statement instanceof AlterView view) {
            select(view.getSelect(), Map.of());
        } else if (statement instanceof CreateTable create) {
            select(create.getSelect(), Map.of());
        }
    }

    private void select(Select select, Map<String, Optional<CatalogTable>> outer) {
        if (select == null) {
            return;
        }
        int pushed = with(select.getWithItemsList());
        if (select instanceof PlainSelect plain) {
            plainSelect(plain, outer);
        } else if (select instanceof SetOperationList setOperations) {
            setOperations.getSelects().forEach(member -> select(member, outer));
        } else if (select instanceof ParenthesedSelect parenthesed) {
            select(parenthesed.getSelect(), outer);
        } else if (select instanceof Values values) {
            nested(values.getExpressions(), outer);
        }
        if (select.getOrderByElements() != null && !(select instanceof PlainSelect)) {
            select.getOrderByElements().forEach(order -> nested(order.getExpression(), outer));
        }
        pop(pushed);
    }

    private void plainSelect(PlainSelect select, Map<String, Optional<CatalogTable>> outer) {
        Map<String, Optional<CatalogTable>> local = new HashMap<>();
        boolean derived = addSource(local, select.getFromItem()) | addJoins(local, select.getJoins());
        IndexedColumnScope scope = new IndexedColumnScope(local, outer, derived || opaque(local));
        condition(select.getWhere(), scope);
        if (postgres) {
            joinConditions(select.getFromItem(), select.getJoins(), scope);
        }
        Map<String, Optional<CatalogTable>> combined = scope.combined();
        nestedInFrom(select.getFromItem(), select.getJoins(), combined);
        if (select.getSelectItems() != null) {
            select.getSelectItems().forEach(item -> nested(item.getExpression(), combined));
        }
        nested(select.getHaving(), combined);
        if (select.getGroupBy() != null) {
            nested(select.getGroupBy().getGroupByExpressionList(), combined);
        }
        if (select.getOrderByElements() != null) {
            for (OrderByElement order : select.getOrderByElements()) {
                nested(order.getExpression(), combined);
            }
        }
    }

    private void insert(Insert insert) {
        int pushed = with(insert.getWithItemsList());
        select(insert.getSelect(), Map.of());
        Map<String, Optional<CatalogTable>> target = written(insert.getTable());
        if (postgres) {
            IndexedColumnScope scope = new IndexedColumnScope(target, Map.of(), false);
            if (insert.getConflictTarget() != null) {
                condition(insert.getConflictTarget().getWhereExpression(), scope);
            }
            if (insert.getConflictAction() != null) {
                condition(insert.getConflictAction().getWhereExpression(), scope);
                nestedInSets(insert.getConflictAction().getUpdateSets(), target);
            }
            nestedInItems(insert.getReturningClause(), target);
        } else {
            nestedInSets(insert.getSetUpdateSets(), Map.of());
            nestedInSets(insert.getDuplicateUpdateSets(), Map.of());
        }
        pop(pushed);
    }

    private void update(Update update) {
        int pushed = with(update.getWithItemsList());
        Map<String, Optional<CatalogTable>> tables = written(update.getTable());
        boolean derived = addJoins(tables, update.getStartJoins()) | addSource(tables, update.getFromItem())
                | addJoins(tables, update.getJoins());
        IndexedColumnScope scope = filterScope(tables, derived);
        condition(update.getWhere(), scope);
        if (postgres) {
            joinConditions(update.getFromItem(), update.getJoins(), scope);
        }
        nestedInFrom(null, update.getStartJoins(), tables);
        nestedInFrom(update.getFromItem(), update.getJoins(), tables);
        nestedInSets(update.getUpdateSets(), tables);
        nestedInItems(update.getReturningClause(), tables);
        pop(pushed);
    }

    private void delete(Delete delete) {
        int pushed = with(delete.getWithItemsList());
        Map<String, Optional<CatalogTable>> tables = written(delete.getTable());
        boolean derived = addJoins(tables, delete.getJoins());
        if (delete.getUsingFromItemList() != null) {
            for (FromItem using : delete.getUsingFromItemList()) {
                derived |= addSource(tables, using);
            }
        }
        IndexedColumnScope scope = filterScope(tables, derived);
        condition(delete.getWhere(), scope);
        if (postgres) {
            joinConditions(null, delete.getJoins(), scope);
        }
        nestedInFrom(null, delete.getJoins(), tables);
        if (delete.getUsingFromItemList() != null) {
            delete.getUsingFromItemList().forEach(using -> nestedInFrom(using, null, tables));
        }
        nestedInItems(delete.getReturningClause(), tables);
        pop(pushed);
    }

    /** The table a DML statement writes, resolved in the catalog: the first source of its scope. */
    private Map<String, Optional<CatalogTable>> written(Table table) {
        Map<String, Optional<CatalogTable>> tables = new HashMap<>();
        IndexedColumnScope.addTable(tables, table, catalog);
        return tables;
    }

    /** The scope of an UPDATE or DELETE filter; Bytebase's MySQL advisor judges those as fully resolved. */
    private IndexedColumnScope filterScope(Map<String, Optional<CatalogTable>> tables, boolean derived) {
        return new IndexedColumnScope(tables, Map.of(), postgres && (derived || opaque(tables)));
    }

    private void merge(Merge merge) {
        int pushed = with(merge.getWithItemsList());
        Map<String, Optional<CatalogTable>> tables = written(merge.getTable());
        boolean derived = addSource(tables, merge.getFromItem());
        IndexedColumnScope scope = new IndexedColumnScope(tables, Map.of(), derived || opaque(tables));
        condition(merge.getOnCondition(), scope);
        nestedInFrom(merge.getFromItem(), null, tables);
        if (merge.getOperations() != null) {
            for (MergeOperation operation : merge.getOperations()) {
                if (operation instanceof MergeUpdate update) {
                    condition(update.getAndPredicate(), scope);
                    nestedInSets(update.getUpdateSets(), tables);
                } else if (operation instanceof MergeInsert insert) {
                    condition(insert.getAndPredicate(), scope);
                    nested(insert.getValues(), tables);
                } else if (operation instanceof net.sf.jsqlparser.statement.merge.MergeDelete delete) {
                    condition(delete.getAndPredicate(), scope);
                }
            }
        }
        nestedInItems(merge.getReturningClause(), tables);
        pop(pushed);
    }

    /** Walks the CTE bodies with a fresh scope and, on PostgreSQL, makes their names visible; returns frames pushed. */
    private int with(List<WithItem<?>> items) {
        if (items == null || items.isEmpty()) {
            return 0;
        }
        Set<String> frame = new HashSet<>();
        if (postgres) {
            ctes.push(frame);
        }
        for (WithItem<?> item : items) {
            if (item.getSelect() != null) {
                select(item.getSelect(), Map.of());
            } else if (item.getStatement() instanceof ParenthesedInsert insert) {
                insert(insert.getInsert());
            } else if (item.getStatement() instanceof ParenthesedDelete delete) {
                delete(delete.getDelete());
            } else if (item.getStatement() instanceof net.sf.jsqlparser.statement.update.ParenthesedUpdate update) {
                update(update.getUpdate());
            }
            if (item.getAliasName() != null) {
                frame.add(StatementTexts.key(item.getAliasName()));
            }
        }
        return postgres ? 1 : 0;
    }

    private void pop(int frames) {
        for (int i = 0; i < frames; i++) {
            ctes.pop();
        }
    }

    /** Adds a FROM item's sources; true when it is (or holds) a derived table, whose columns are unknown. */
    private boolean addSource(Map<String, Optional<CatalogTable>> sources, FromItem item) {
        if (item instanceof Table table) {
            if (table.getName() == null) {
                return false;
            }
            if (table.getSchemaName() == null && isCte(table.getName())) {
                sources.put(StatementTexts.key(table.getAlias() != null ? table.getAlias().getName()
                        : table.getName()), Optional.empty());
            } else {
                IndexedColumnScope.addTable(sources, table, catalog);
            }
            return false;
        }
        if (item instanceof ParenthesedFromItem parenthesed) {
            boolean derived = addSource(sources, parenthesed.getFromItem()) | addJoins(sources,
                    parenthesed.getJoins());
            if (parenthesed.getAlias() != null) {
                IndexedColumnScope.addOpaque(sources, parenthesed.getAlias().getName());
            }
            return derived;
        }
        if (item != null) {
            IndexedColumnScope.addOpaque(sources, item.getAlias() == null ? null : item.getAlias().getName());
            return true;
        }
        return false;
    }

    private boolean addJoins(Map<String, Optional<CatalogTable>> sources, Collection<Join> joins) {
        boolean derived = false;
        if (joins != null) {
            for (Join join : joins) {
                derived |= addSource(sources, join.getFromItem());
            }
        }
        return derived;
    }

    private boolean isCte(String name) {
        String key = StatementTexts.key(name);
        return ctes.stream().anyMatch(frame -> frame.contains(key));
    }

    private static boolean opaque(Map<String, Optional<CatalogTable>> sources) {
        return sources.values().stream().anyMatch(Optional::isEmpty);
    }

    /** PostgreSQL judges JOIN ... ON like WHERE, nested joins included. */
    private void joinConditions(FromItem from, List<Join> joins, IndexedColumnScope scope) {
        if (from instanceof ParenthesedFromItem parenthesed) {
            joinConditions(parenthesed.getFromItem(), parenthesed.getJoins(), scope);
        }
        if (joins != null) {
            for (Join join : joins) {
                join.getOnExpressions().forEach(on -> condition(on, scope));
                if (join.getFromItem() instanceof ParenthesedFromItem parenthesed) {
                    joinConditions(parenthesed.getFromItem(), parenthesed.getJoins(), scope);
                }
            }
        }
    }

    /** A row filter: reported to the rule node by node, its subqueries walked with this scope as their outer. */
    private void condition(Expression condition, IndexedColumnScope scope) {
        if (condition == null) {
            return;
        }
        Select subquery = subquery(condition);
        if (subquery != null) {
            select(subquery, scope.combined());
            return;
        }
        filter.accept(condition, scope);
        for (Expression child : ExpressionChildren.of(condition, true)) {
            condition(child, scope);
        }
    }

    /** Subqueries in the sources (derived tables; on MySQL also in JOIN ... ON, which PostgreSQL walks as filters). */
    private void nestedInFrom(FromItem from, Collection<Join> joins, Map<String, Optional<CatalogTable>> outer) {
        if (from instanceof Select select) {
            select(select, outer);
        } else if (from instanceof ParenthesedFromItem parenthesed) {
            nestedInFrom(parenthesed.getFromItem(), parenthesed.getJoins(), outer);
        }
        if (joins != null) {
            for (Join join : joins) {
                nestedInFrom(join.getFromItem(), null, outer);
                if (!postgres) {
                    join.getOnExpressions().forEach(on -> nested(on, outer));
                }
            }
        }
    }

    private void nestedInSets(List<UpdateSet> sets, Map<String, Optional<CatalogTable>> outer) {
        if (sets != null) {
            sets.forEach(set -> nested(set.getValues(), outer));
        }
    }

    private void nestedInItems(List<SelectItem<?>> items, Map<String, Optional<CatalogTable>> outer) {
        if (items != null) {
            items.forEach(item -> nested(item.getExpression(), outer));
        }
    }

    /** The subqueries of a value (not a filter), each walked with {@code outer}. */
    private void nested(Expression value, Map<String, Optional<CatalogTable>> outer) {
        if (value == null) {
            return;
        }
        Select subquery = subquery(value);
        if (subquery != null) {
            select(subquery, outer);
            return;
        }
        for (Expression child : ExpressionChildren.of(value, true)) {
            nested(child, outer);
        }
    }

    /** The query of a subquery node (EXISTS, ANY/ALL, a scalar or IN subquery), or null. */
    private static Select subquery(Expression expression) {
        if (expression instanceof Select select) {
            return select;
        }
        if (expression instanceof ExistsExpression exists && exists.getRightExpression() instanceof Select select) {
            return select;
        }
        if (expression instanceof AnyComparisonExpression any) {
            return any.getSelect();
        }
        return null;
    }
}
