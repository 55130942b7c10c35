package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.catalog.Catalog;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;

/**
 * The tables a condition can see, as Bytebase's {@code statement.where.disallow-functions-and-calculations} resolves
 * them ({@code scopeIndexed} in its PostgreSQL and MySQL advisors): the sources of the query block itself (local) and
 * those of the enclosing blocks (outer), for correlated subqueries. A source whose columns cannot be listed (a
 * derived table, a CTE, a table the catalog does not know, or one name given to two tables) is opaque: its columns
 * are never judged indexed, and an unqualified column is not looked up outside a block that has one.
 */
final class IndexedColumnScope {
    /** The sources by lower-case alias (or table name); an empty value is an opaque source. */
    private final Map<String, Optional<CatalogTable>> local;
    private final Map<String, Optional<CatalogTable>> outer;
    private final boolean localUnresolved;

    IndexedColumnScope(Map<String, Optional<CatalogTable>> local, Map<String, Optional<CatalogTable>> outer,
            boolean localUnresolved) {
        this.local = local;
        this.outer = outer;
        this.localUnresolved = localUnresolved;
    }

    /** The sources the blocks nested in this one see as outer: outer ones shadowed by local ones. */
    Map<String, Optional<CatalogTable>> combined() {
        Map<String, Optional<CatalogTable>> combined = new HashMap<>(outer);
        combined.putAll(local);
        return combined;
    }

    /** Adds a table source under its alias, or its name; a second, different table under one key makes it opaque. */
    static void addTable(Map<String, Optional<CatalogTable>> sources, Table table, Catalog catalog) {
        if (table == null || table.getName() == null) {
            return; // a bare DELETE and other fragments JSqlParser accepts
        }
        String key = StatementTexts.key(table.getAlias() != null ? table.getAlias().getName() : table.getName());
        Optional<CatalogTable> resolved = catalog.table(table.getFullyQualifiedName());
        if (sources.containsKey(key) && !sameTable(sources.get(key), resolved)) {
            sources.put(key, Optional.empty());
        } else {
            sources.put(key, resolved);
        }
    }

    /** Adds an opaque source (a derived table, a CTE) unless the key is taken. */
    static void addOpaque(Map<String, Optional<CatalogTable>> sources, String alias) {
        if (alias != null) {
            sources.putIfAbsent(StatementTexts.key(alias), Optional.empty());
        }
    }

    private static boolean sameTable(Optional<CatalogTable> one, Optional<CatalogTable> other) {
        return one.isPresent() && other.isPresent() && one.get().schema().equals(other.get().schema())
                && one.get().name().equals(other.get().name());
    }

    /** Whether the column, resolved as Bytebase resolves it, belongs to an index of its table. */
    boolean isIndexed(Column column) {
        String name = ColumnDefinitions.unquote(column.getColumnName());
        Table qualifier = column.getTable();
        if (qualifier != null && qualifier.getName() != null) {
            String alias = StatementTexts.key(qualifier.getName());
            Optional<CatalogTable> table = local.containsKey(alias) ? local.get(alias) : outer.get(alias);
            return table != null && table.isPresent() && indexed(table.get(), name);
        }
        boolean localClaims = local.values().stream()
                .anyMatch(table -> table.isPresent() && table.get().column(name).isPresent());
        if (localClaims) {
            return local.values().stream().anyMatch(table -> table.isPresent() && indexed(table.get(), name));
        }
        return !localUnresolved
                && outer.values().stream().anyMatch(table -> table.isPresent() && indexed(table.get(), name));
    }

    private static boolean indexed(CatalogTable table, String column) {
        return table.indexes().stream().map(index -> index.columns()).flatMap(List::stream)
                .anyMatch(indexed -> indexed.equalsIgnoreCase(column));
    }
}
